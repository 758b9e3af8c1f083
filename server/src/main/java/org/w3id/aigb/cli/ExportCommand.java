package org.w3id.aigb.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Dumps;

/** {@code export}: writes the whole graph in one syntax, to stdout or a file. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export [--format ttl|nt|jsonld|trig|nq] [--with-inferred] [--out FILE] | export --mappings DIR";
    }

    @Override
    public String summary() {
        return "write the whole knowledge graph (default Turtle to stdout), or the mapping sets as SSSOM TSV";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format", "out", "mappings");
    }

    @Override
    public Set<String> flags() {
        return Set.of("with-inferred");
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (!args.positionals().isEmpty())
            throw Args.usage("export takes no file arguments; use --out FILE");
        if (args.has("mappings"))
            return MappingExport.write(context, Path.of(args.get("mappings", "")), out);
        Format format = Dumps.FORMATS.byName(args.get("format", "ttl"));
        boolean inferred = args.has("with-inferred");
        if (!args.has("out")) {
            Dumps.write(context.graph(), format, inferred, out);
            out.flush();
            return Main.OK;
        }
        Path file = Path.of(args.get("out", ""));
        try (OutputStream os = Files.newOutputStream(file)) {
            Dumps.write(context.graph(), format, inferred, os);
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-write", "Cannot write " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new AigbException.BadInput("cannot-write", "Cannot write " + file + ": " + e.getCause().getMessage());
        }
        return Main.OK;
    }
}
