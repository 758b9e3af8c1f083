package org.w3id.aigb.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.sys.AigbSystem;

/**
 * {@code java -jar aigb.jar COMMAND ...}. The only place that maps outcomes to exit codes:
 * 0 ok (or the profile conforms), 1 findings (violations), 2 bad usage or unreadable input,
 * 3 internal error (stack trace only with {@code --verbose}).
 */
public final class Main {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    /** Options every command accepts. */
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
        if (code != OK || !"serve".equals(argv.length > 0 ? argv[0] : ""))
            System.exit(code);
    }

    /** Runs one command; never throws, never exits. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        boolean verbose = List.of(argv).contains("--verbose");
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            printHelp(argv.length == 0 ? err : out);
            return argv.length == 0 ? BAD_INPUT : OK;
        }
        Command command = COMMANDS.get(argv[0]);
        if (command == null) {
            err.println("aigb: unknown command '" + argv[0] + "' (usage)");
            printHelp(err);
            return BAD_INPUT;
        }
        try {
            Set<String> valued = new HashSet<>(command.valuedOptions());
            valued.addAll(GLOBAL_VALUED);
            Set<String> flags = new HashSet<>(command.flags());
            flags.addAll(GLOBAL_FLAGS);
            Args args = Args.parse(argv, 1, valued, flags);
            if (args.has("help")) {
                out.println("usage: java -jar aigb.jar " + command.usage());
                out.println("  " + command.summary());
                return OK;
            }
            AigbSystem.init();
            return command.run(args, new Context(args), out);
        } catch (AigbException.BadInput | AigbException.NotFound | AigbException.TooLarge
                 | AigbException.UnsupportedMediaType e) {
            err.println("aigb " + command.name() + ": " + e.getMessage() + " (" + e.code() + ")");
            if (e.code().equals("usage"))
                err.println("usage: java -jar aigb.jar " + command.usage());
            return BAD_INPUT;
        } catch (AigbException e) {
            err.println("aigb " + command.name() + ": " + e.getMessage() + " (" + e.code() + ")");
            if (verbose)
                e.printStackTrace(err);
            return INTERNAL;
        } catch (RuntimeException | Error e) {
            err.println("aigb " + command.name() + ": internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose)
                e.printStackTrace(err);
            return INTERNAL;
        }
    }

    private static void printHelp(PrintStream s) {
        s.println("usage: java -jar aigb.jar COMMAND [options]   (--help after a command for its options)");
        s.println();
        for (Command c : COMMANDS.values())
            s.printf("  %-12s %s%n", c.name(), c.summary());
        s.println();
        s.println("global options: --dir CHECKOUT (read ontology/, data/, shapes/, queries/ from a directory");
        s.println("                instead of the packaged files), --verbose (stack traces)");
        s.println("exit codes: 0 ok, 1 findings (violations), 2 bad usage or input, 3 internal error");
    }
}
