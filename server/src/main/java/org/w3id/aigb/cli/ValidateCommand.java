package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.profile.ReportFormat;

/**
 * {@code validate}: checks company profiles (files, or the profile files of a directory) against the
 * profile shapes. Every file is read first, so an unreadable one stops the command (exit 2, one line
 * on stderr naming the file, line and column) before any report is written; then each is validated.
 * Exit 0 when all conform (warnings are reported but do not fail), 1 when any has a violation.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate FILE|DIR... [--format text|json|ttl|jsonld] [--max-bytes N]";
    }

    @Override
    public String summary() {
        return "validate company profiles (.ttl, .jsonld, .rdf, .nt); exit 1 on violations";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format", "max-bytes");
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (args.positionals().isEmpty())
            throw Args.usage("validate needs at least one profile file or directory");
        ReportFormat format = ReportFormat.of(args.get("format", "text"));
        ProfileReader reader = new ProfileReader(args.getLong("max-bytes", ProfileReader.DEFAULT_MAX_BYTES));
        List<Path> files = ProfileReader.files(args.positionals());
        List<Graph> profiles = new ArrayList<>();
        for (Path file : files)
            profiles.add(reader.read(file));
        ProfileValidator validator = ProfileValidator.create(context.sources(), context.graph());
        List<ProfileReportWriter.Named> reports = new ArrayList<>();
        boolean conforms = true;
        for (int i = 0; i < profiles.size(); i++) {
            ProfileReport report = validator.validate(profiles.get(i));
            conforms &= report.conforms();
            reports.add(new ProfileReportWriter.Named(files.get(i).toString(), report));
        }
        ProfileReportWriter.write(reports, format, out);
        out.flush();
        return conforms ? Main.OK : Main.FINDINGS;
    }
}
