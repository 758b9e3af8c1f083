package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * {@code obligations FILE --changes}: what the update that produced the current edition changed for the
 * organisation of each profile, compared with the edition it revises (validated once, derived under
 * both, compared: {@link ObligationEngine#compare}), in any format of the checklist (Markdown by
 * default; {@link ObligationWriter#forChanges}); read as the checklist reads its profiles
 * ({@link ProfileFiles}: an unreadable file among several is reported and the others are compared);
 * exit 1 if a profile does not conform.
 */
final class ObligationChanges {
    private ObligationChanges() {}

    /** @param lone the one file already read, when there is one file only (else null) */
    static int write(ObligationEngine engine, ProfileFiles files, ProfileFiles.Read lone, Format format, Language language,
                     PrintStream out) {
        ObligationWriter writer = ObligationWriter.forChanges(out, format, files.many(), false, language);
        boolean conforms = true;
        for (Path file : files.files()) {
            ProfileFiles.Read read = lone != null ? lone : files.read(file);
            if (!read.ok()) {
                writer.writeError(file.toString(), read.error());
                continue;
            }
            ObligationEngine.Compared outcome = engine.compare(read.profile());
            conforms &= outcome.conforms();
            writer.write(file.toString(), outcome);
        }
        writer.finish();
        out.flush();
        return files.exitCode(conforms);
    }
}
