package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.w3id.aigb.obligation.Editions;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * {@code obligations}: which guideline items apply to the organisation of each profile, and why.
 * Each profile is validated first; one that conforms gets its roles, applicable items with reasons
 * and status, undecided items and information; one that does not gets its violations (exit 1).
 * A directory stands for the profiles in it; an unreadable file among several is reported and the
 * others are checked (exit 2: {@link ProfileFiles}). Profiles are read, checked and written one at
 * a time (JSON and Markdown stream: a batch of thousands runs in constant memory), within the
 * profile limits and the time limit of each derivation ({@code --timeout}).
 * {@code --edition} derives under another edition of the guideline; {@code --changes} writes what the
 * update changed for each organisation ({@link ObligationChanges}).
 */
final class ObligationsCommand implements Command {
    @Override
    public String name() {
        return "obligations";
    }

    @Override
    public String usage() {
        return "obligations FILE|DIR... [--format md|json|html|csv|ttl|jsonld] [--lang ja|en|both] [--edition v1.1|v1.2] [--changes] [--timeout SECONDS]"
                + " [--max-profile-bytes N] [--max-depth N] [--max-literal-chars N] [--max-triples N] [--max-expansion N]";
    }

    @Override
    public String summary() {
        return "which guideline items apply to a profile's organisation, and why (checklist); exit 1 on violations";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format", "lang", Context.OLD_MAX_BYTES, "edition");
    }

    @Override
    public Set<String> flags() {
        return Set.of("changes");
    }

    @Override
    public Set<Limit> limits() {
        return EnumSet.of(Limit.PROFILE_BYTES, Limit.DEPTH, Limit.LITERAL_CHARS, Limit.TRIPLES, Limit.EXPANSION, Limit.TIMEOUT);
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (args.positionals().isEmpty())
            throw Args.usage("obligations needs at least one profile file or directory");
        Format format = ObligationWriter.FORMATS.byName(args.get("format", "md"));
        Language language = Language.of(args.get("lang", "both"));
        ProfileFiles files = new ProfileFiles(args, context, name());
        if (args.has("changes") && args.has("edition"))
            throw Args.usage("--changes compares the current edition with the one it revises: leave out --edition");
        // a lone unreadable file fails before the engine is built
        ProfileFiles.Read lone = files.many() ? null : files.read(files.files().get(0));
        ObligationEngine engine = ObligationEngine.create(context.sources(), context.graph(),
                ProfileValidator.create(context.sources(), context.graph(), context.limits()), context.limits());
        if (args.has("changes"))
            return ObligationChanges.write(engine, files, lone, format, language, out);
        Editions.Edition edition = args.has("edition") ? engine.editions().named(args.get("edition", "")) : engine.editions().current();
        ObligationWriter writer = new ObligationWriter(out, format, files.many(), false, language);
        boolean conforms = true;
        for (Path file : files.files()) {
            ProfileFiles.Read read = lone != null ? lone : files.read(file);
            if (!read.ok()) {
                writer.writeError(file.toString(), read.error());
                continue;
            }
            ObligationEngine.Outcome outcome = engine.check(read.profile(), edition);
            conforms &= outcome.conforms();
            writer.write(new ObligationWriter.Entry(file.toString(), outcome));
        }
        writer.finish();
        out.flush();
        return files.exitCode(conforms);
    }
}
