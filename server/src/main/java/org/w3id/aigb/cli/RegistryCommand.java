package org.w3id.aigb.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.registry.Accounts;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.StoreLocation;
import org.w3id.aigb.registry.TdbStore;

/**
 * {@code registry}: the accounts of the registry of submitted profiles, and its backups, on the
 * store ({@code --store}, the same as {@code serve}'s; a TDB2 directory cannot be used while a
 * server runs on it). A token is printed once, on a line {@code token: ...}, and never again: the
 * store keeps only its hash.
 */
final class RegistryCommand implements Command {
    private static final String USAGE = """
            registry add-organisation NAME [--id ID] [--corporate-number N] | add-reviewer NAME | add-token ORG-ID
                     | revoke TOKEN-ID | list | export [--out FILE.trig] | import FILE.trig | compact   [--store DIR|sparql:URL]""";

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public String summary() {
        return "the registry of submitted profiles: organisations, reviewers, tokens, backups";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("store", "id", "corporate-number", "out");
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        List<String> p = args.positionals();
        if (p.isEmpty())
            throw Args.usage("registry needs a sub-command: add-organisation, add-reviewer, add-token, revoke, list, export, import or compact");
        String sub = p.get(0);
        int expected = switch (sub) {
            case "add-organisation", "add-reviewer", "add-token", "revoke", "import" -> 2;
            case "list", "export", "compact" -> 1;
            default -> throw Args.usage("Unknown registry sub-command '" + sub + "'");
        };
        if (p.size() != expected)
            throw Args.usage("registry " + sub + (expected == 2 ? " takes one argument" : " takes no argument"));
        if (!sub.equals("add-organisation") && (args.has("id") || args.has("corporate-number")))
            throw Args.usage("--id and --corporate-number go with add-organisation");
        if (!sub.equals("export") && args.has("out"))
            throw Args.usage("--out goes with export");
        String user = System.getProperty("user.name", "unknown");
        try (RegistryStore store = RegistryStore.open(StoreLocation.parse(args.get("store", StoreLocation.DEFAULT)))) {
            Accounts accounts = Registry.accounts(store, context.sources());
            switch (sub) {
                case "add-organisation" -> {
                    Accounts.Created c = accounts.addOrganisation(p.get(1), args.get("id", null), args.get("corporate-number", null), user);
                    out.println("organisation: " + c.registryId());
                    printToken(out, c);
                }
                case "add-reviewer" -> printToken(out, accounts.addReviewer(p.get(1), user));
                case "add-token" -> printToken(out, accounts.addToken(p.get(1), user));
                case "revoke" -> {
                    accounts.revoke(p.get(1), user);
                    out.println("revoked: " + p.get(1));
                }
                case "list" -> list(out, accounts);
                case "export" -> export(store, context, args.get("out", null), out);
                case "import" -> out.println("imported: " + Registry.backup(store, context.sources()).importFrom(Path.of(p.get(1)), user) + " quads");
                default -> compact(store, out);
            }
        }
        return Main.OK;
    }

    private static void printToken(PrintStream out, Accounts.Created c) {
        out.println("token-id: " + c.token().id());
        out.println("token: " + c.token().token());
        out.println("# The token is shown only this once (the registry keeps its hash): keep it secret. Revoke it with: registry revoke "
                + c.token().id());
    }

    private static void list(PrintStream out, Accounts accounts) {
        out.println("kind\tid\tname\tcorporate-number\ttoken-id\tissued\trevoked");
        for (Accounts.Listed l : accounts.list())
            out.println(String.join("\t", l.organisation() ? "organisation" : "reviewer", dash(l.registryId()), l.name(),
                    dash(l.corporateNumber()), dash(l.tokenId()), dash(l.issued()), dash(l.revoked())));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static void export(RegistryStore store, Context context, String file, PrintStream out) {
        if (file == null) {
            Registry.backup(store, context.sources()).exportTo(out);
            out.flush();
            return;
        }
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream o = Files.newOutputStream(partial)) {
            Registry.backup(store, context.sources()).exportTo(o);
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-write", "Cannot write " + partial + ": " + e.getMessage());
        }
        try {
            // a complete file or none: a failed export never leaves a truncated backup under the final name
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-write", "Cannot write " + target + ": " + e.getMessage());
        }
        out.println("exported: " + target);
    }

    private static void compact(RegistryStore store, PrintStream out) {
        if (!(store instanceof TdbStore tdb))
            throw new AigbException.BadInput("usage", "compact works on a TDB2 store directory; a shared SPARQL store is compacted by its own tools");
        tdb.compact();
        out.println("compacted: " + store.describe());
    }
}
