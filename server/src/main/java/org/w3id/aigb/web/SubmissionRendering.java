package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.render.ObligationWriter;

/**
 * The one place the registry's answers call the checklist and report renderers (so that a change
 * of their API changes this class only): a stored version's derivation in
 * one of {@link ObligationWriter#FORMATS}, and a refused submission's validation report.
 */
final class SubmissionRendering {
    private SubmissionRendering() {}

    /**
     * A kept derivation as {@code /profiles/obligations} would answer it: JSON (the same object, with
     * a {@code submission} member added, and the version's {@code validation} summary), Markdown, HTML,
     * Turtle or JSON-LD.
     */
    static byte[] version(Derivation derivation, String source, Format format, JsonObject submission, String validation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter writer = new ObligationWriter(out, format, false, true);
        // a kept derivation conforms by construction (a profile with violations is never stored): no report needed
        writer.write(new ObligationWriter.Entry(source, new ObligationEngine.Outcome(ProfileReport.notKept(), derivation)));
        writer.finish();
        if (format != Format.JSON)
            return out.toByteArray();
        JsonObject o = JSON.parse(out.toString(StandardCharsets.UTF_8));
        if (submission != null)
            o.put("submission", submission);
        if (validation != null)
            o.put("validation", JSON.parseAny(validation));
        return (JsonText.compact(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A refused submission: {@code {code, message, validation}} with the report as /profiles/validate gives it. */
    static JsonObject refused(ProfileReport report, String source) {
        JsonObject o = SubmissionJson.problem("profile-violations",
                "The profile has violations and was not stored: the validation report says which (fix them and submit again)");
        o.put("validation", ProfileReportWriter.json(new ProfileReportWriter.Named(source, report)));
        return o;
    }
}
