package org.w3id.aigb.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.sys.AigbSystem;

/**
 * {@code java -jar aigb.jar [GLOBAL OPTIONS] COMMAND ...}. The only place that maps outcomes to exit
 * codes: 0 ok (or the profile conforms), 1 findings (violations), 2 bad usage or input (an unreadable
 * or malformed file, an exceeded limit, a refused query; a directory run that met one goes on with
 * the other files and still exits 2), 3 internal error (stack trace only with {@code --verbose}).
 */
public final class Main {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    /** Options every command accepts, before or after the command's name. */
    private static final Set<String> GLOBAL_VALUED = Set.of("dir");
    private static final Set<String> GLOBAL_FLAGS = Set.of("verbose", "help");

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new ExportCommand(), new ObligationsCommand(), new QueryCommand(), new QueriesCommand(),
                new RegistryCommand(), new SearchCommand(), new ServeCommand(), new ValidateCommand()))
            COMMANDS.put(c.name(), c);
    }

    private Main() {}

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(argv, out, err);
        out.flush();
        if (code != OK || !isServe(argv))
            System.exit(code); // serve returns at once and keeps running on the server's threads
    }

    private static boolean isServe(String[] argv) {
        try {
            String[] args = commandFirst(argv);
            return args.length > 0 && args[0].equals("serve");
        } catch (AigbException e) {
            return false;
        }
    }

    /** Runs one command; never throws, never exits. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        boolean verbose = List.of(argv).contains("--verbose");
        String[] args;
        try {
            args = commandFirst(argv);
        } catch (AigbException.BadInput e) {
            err.println("aigb: " + e.getMessage() + " (" + e.code() + ")");
            return BAD_INPUT;
        }
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            printHelp(args.length == 0 ? err : out);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("aigb: unknown command '" + args[0] + "' (usage)");
            printHelp(err);
            return BAD_INPUT;
        }
        try {
            Set<String> valued = new HashSet<>(command.valuedOptions());
            valued.addAll(GLOBAL_VALUED);
            command.limits().forEach(l -> valued.add(l.flag()));
            Set<String> flags = new HashSet<>(command.flags());
            flags.addAll(GLOBAL_FLAGS);
            Args parsed = Args.parse(args, 1, valued, flags);
            if (parsed.has("help")) {
                out.println("usage: java -jar aigb.jar " + command.usage());
                out.println("  " + command.summary());
                for (Limit l : command.limits())
                    out.printf("  --%-18s %s (default %s)%n", l.flag() + (l.unit() == Limits.Unit.SECONDS ? " SECONDS" : " N"), l.what().replace("`", ""),
                            l.unit().format(l.defaultValue()));
                return OK;
            }
            AigbSystem.init();
            return command.run(parsed, new Context(parsed, command, err), out);
        } catch (AigbException e) {
            err.println("aigb " + command.name() + ": " + e.getMessage() + " (" + e.code() + ")");
            if (e instanceof AigbException.Usage)
                err.println("usage: java -jar aigb.jar " + command.usage());
            int code = exitCode(e);
            if (code == INTERNAL && verbose)
                e.printStackTrace(err);
            return code;
        } catch (RuntimeException | Error e) {
            err.println("aigb " + command.name() + ": internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose)
                e.printStackTrace(err);
            return INTERNAL;
        }
    }

    /**
     * The exit code of an error, by its type: the user's input or usage (a malformed or unreadable
     * file, an exceeded limit, a time limit too, a refused query) is 2; anything else is internal, 3.
     */
    static int exitCode(AigbException e) {
        return e instanceof AigbException.BadInput || e instanceof AigbException.NotFound || e instanceof AigbException.TooLarge
                || e instanceof AigbException.UnsupportedMediaType || e instanceof AigbException.QueryRefused
                || e instanceof Limits.LimitExceeded ? BAD_INPUT : INTERNAL;
    }

    /**
     * The arguments with the command's name first: global options may come before it
     * ({@code --dir . query q01}); they are moved after it, where every command accepts them.
     */
    static String[] commandFirst(String[] argv) {
        List<String> globals = new ArrayList<>();
        int i = 0;
        while (i < argv.length && argv[i].startsWith("--") && !argv[i].equals("--help")) {
            String name = argv[i].substring(2);
            String bare = name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
            if (GLOBAL_FLAGS.contains(bare) && !name.contains("=")) {
                globals.add(argv[i++]);
            } else if (GLOBAL_VALUED.contains(bare)) {
                globals.add(argv[i++]);
                if (!name.contains("=")) {
                    if (i >= argv.length)
                        throw new AigbException.Usage("Option --" + bare + " needs a value");
                    globals.add(argv[i++]);
                }
            } else {
                throw new AigbException.Usage("Option --" + bare + " is not a global option: put it after the command"
                        + " (global options: --dir DIR, --verbose, --help)");
            }
        }
        List<String> out = new ArrayList<>(List.of(argv).subList(i, argv.length));
        if (out.isEmpty())
            return new String[0];
        out.addAll(1, globals);
        return out.toArray(String[]::new);
    }

    /** The commands that apply a limit (for the README's table of limits). */
    static List<String> commandsApplying(Limit limit) {
        return COMMANDS.values().stream().filter(c -> c.limits().contains(limit)).map(Command::name).toList();
    }

    private static void printHelp(PrintStream s) {
        s.println("usage: java -jar aigb.jar [--dir DIR] [--verbose] COMMAND [options]   (--help after a command for its options)");
        s.println();
        for (Command c : COMMANDS.values())
            s.printf("  %-12s %s%n", c.name(), c.summary());
        s.println();
        s.println("global options (before or after the command): --dir CHECKOUT (read ontology/, data/, shapes/, queries/");
        s.println("                from a directory instead of the packaged files), --verbose (stack traces)");
        s.println("exit codes: 0 ok, 1 findings (violations), 2 bad usage or input (also: a limit exceeded, a refused query),");
        s.println("            3 internal error");
    }
}
