package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.render.ObligationFormat;
import org.w3id.aigb.render.ObligationWriter;

/**
 * {@code obligations}: which guideline items apply to the organisation of each profile, and why.
 * Each profile is validated first; one that conforms gets its roles, applicable items with reasons
 * and status, undecided items and information; one that does not gets its violations (exit 1).
 * A directory stands for the profiles in it. With several files every one is read first, so an
 * unreadable one stops the command (exit 2) before anything is written; then they are checked and
 * written one at a time (JSON and Markdown stream: a batch of thousands runs in constant memory).
 */
final class ObligationsCommand implements Command {
    @Override
    public String name() {
        return "obligations";
    }

    @Override
    public String usage() {
        return "obligations FILE|DIR... [--format md|json|html|ttl|jsonld] [--max-bytes N]";
    }

    @Override
    public String summary() {
        return "which guideline items apply to a profile's organisation, and why (checklist); exit 1 on violations";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format", "max-bytes");
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (args.positionals().isEmpty())
            throw Args.usage("obligations needs at least one profile file or directory");
        ObligationFormat format = ObligationFormat.of(args.get("format", "md"));
        ProfileReader reader = new ProfileReader(args.getLong("max-bytes", ProfileReader.DEFAULT_MAX_BYTES));
        List<Path> files = ProfileReader.files(args.positionals());
        if (files.size() > 1)
            files.forEach(reader::read); // fail on an unreadable file before writing anything
        ObligationEngine engine = ObligationEngine.create(context.sources(), context.graph());
        ObligationWriter writer = new ObligationWriter(out, format, files.size() > 1, false);
        boolean conforms = true;
        for (Path file : files) {
            ObligationEngine.Outcome outcome = engine.check(reader.read(file));
            conforms &= outcome.conforms();
            writer.write(new ObligationWriter.Entry(file.toString(), outcome));
        }
        writer.finish();
        out.flush();
        return conforms ? Main.OK : Main.FINDINGS;
    }
}
