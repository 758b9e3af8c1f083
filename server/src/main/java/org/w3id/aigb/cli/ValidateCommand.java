package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileValidator;

/**
 * {@code validate}: checks company profiles (files, or the profile files of a directory) against the
 * profile shapes, within the profile limits ({@code --max-profile-bytes}, {@code --max-depth},
 * {@code --max-literal-chars}, {@code --max-triples}, {@code --max-expansion}). Exit 0 when all conform (warnings are
 * reported but do not fail), 1 when any has a violation, 2 when a file cannot be read: alone, it
 * stops the command (one line on stderr naming the file, line and column); among several, it is
 * reported and the others are validated ({@link ProfileFiles}).
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate FILE|DIR... [--format text|json|ttl|jsonld] [--timeout SECONDS] [--max-profile-bytes N] [--max-depth N] [--max-literal-chars N]"
                + " [--max-triples N] [--max-expansion N]";
    }

    @Override
    public String summary() {
        return "validate company profiles (.ttl, .jsonld, .rdf, .nt); exit 1 on violations";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format", Context.OLD_MAX_BYTES);
    }

    @Override
    public Set<Limit> limits() {
        return EnumSet.of(Limit.PROFILE_BYTES, Limit.DEPTH, Limit.LITERAL_CHARS, Limit.TRIPLES, Limit.EXPANSION, Limit.TIMEOUT);
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (args.positionals().isEmpty())
            throw Args.usage("validate needs at least one profile file or directory");
        Format format = ProfileReportWriter.FORMATS.byName(args.get("format", "text"));
        ProfileFiles files = new ProfileFiles(args, context, name());
        List<ProfileFiles.Read> read = new ArrayList<>();
        for (Path file : files.files())
            read.add(files.read(file)); // every file read before the shapes are loaded: a lone bad one fails fast
        ProfileValidator validator = ProfileValidator.create(context.sources(), context.graph(), context.limits());
        List<ProfileReportWriter.Named> reports = new ArrayList<>();
        boolean conforms = true;
        for (ProfileFiles.Read r : read) {
            if (!r.ok()) {
                reports.add(new ProfileReportWriter.Named(r.file().toString(), null, r.error()));
                continue;
            }
            ProfileReport report = validator.validate(r.profile());
            conforms &= report.conforms();
            reports.add(new ProfileReportWriter.Named(r.file().toString(), report));
        }
        ProfileReportWriter.write(reports, format, out);
        out.flush();
        return files.exitCode(conforms);
    }
}
