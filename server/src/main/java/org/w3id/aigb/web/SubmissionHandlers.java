package org.w3id.aigb.web;

import org.w3id.aigb.Limits;

import java.io.IOException;
import java.util.Base64;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JsonObject;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.registry.Principal;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.Submissions;
import org.w3id.aigb.render.ObligationWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The organisation's side of {@code /submissions}: submit, history, versions, differences, publication. */
final class SubmissionHandlers {
    private final Supplier<Registry> registry;
    private final Limits limits;

    SubmissionHandlers(Supplier<Registry> registry, Limits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    /**
     * {@code POST /submissions}: the profile in the body, in the syntax its Content-Type names, with
     * an optional {@code Idempotency-Key}. 201 with {@code Location} and the version; 422 with the
     * report when it has violations (nothing stored).
     */
    void submit(Principal principal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = RequestSizeFilter.readAtMost(request.getInputStream(), limits, Limits.Limit.PROFILE_BYTES);
        Submissions.Outcome outcome = registry.get().submissions().submit(principal, body, request.getContentType(),
                request.getHeader("Idempotency-Key"));
        if (outcome instanceof Submissions.Refused refused) {
            Reply.json(response, 422, SubmissionRendering.refused(refused.report(), "request body"));
            return;
        }
        Submissions.Accepted accepted = (Submissions.Accepted) outcome;
        response.setHeader("Location", accepted.version().path());
        Reply.json(response, 201, SubmissionJson.version(accepted.version()));
    }

    /** {@code GET /submissions/{org}}: every version, and the annotations reviewers gave them. */
    void history(Principal principal, String org, HttpServletResponse response) {
        Registry r = registry.get();
        var versions = r.submissions().history(principal, org);
        String name = versions.isEmpty() ? r.submissions().name(principal, org) : versions.get(0).name();
        Reply.json(response, 200, SubmissionJson.history(org, name, versions, r.reviews().annotations(principal, org, null)));
    }

    /**
     * {@code GET /submissions/{org}/{n}}: the checklist kept with the version, by Accept (JSON by
     * default, with the version's record, validation summary and annotations; Markdown; HTML;
     * Turtle or JSON-LD for the profile and the derivation as RDF).
     */
    void version(Principal principal, String org, long n, HttpServletRequest request, HttpServletResponse response) {
        Registry r = registry.get();
        Submissions.Stored stored = r.submissions().version(principal, org, n);
        Format format = Negotiation.byAccept(request, response, ObligationWriter.FORMATS).format();
        JsonObject submission = null;
        if (format == Format.JSON) {
            submission = SubmissionJson.version(stored.info());
            submission.put("annotations", SubmissionJson.annotations(r.reviews().annotations(principal, org, n)));
        }
        String source = org + " " + n;
        Reply.bytes(response, format, SubmissionRendering.version(r.submissions().derivation(stored), source, format, submission,
                format == Format.JSON ? stored.validation() : null));
    }

    /** {@code GET /submissions/{org}/{n}/profile}: the bytes as received, with their media type and digest. */
    void profile(Principal principal, String org, long n, HttpServletResponse response) {
        Submissions.Stored stored = registry.get().submissions().version(principal, org, n);
        byte[] sha = java.util.HexFormat.of().parseHex(stored.info().sha256());
        response.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":");
        response.setHeader("ETag", "\"" + stored.info().sha256() + "\"");
        Reply.bytes(response, stored.info().mediaType(), stored.bytes());
    }

    /** {@code GET /submissions/{org}/{n}/diff/{m}}: what changed from version n to version m. */
    void diff(Principal principal, String org, long from, long to, HttpServletResponse response) {
        Reply.json(response, 200, SubmissionJson.diff(org, from, to, registry.get().submissions().diff(principal, org, from, to)));
    }

    /** {@code POST .../publish} and {@code .../withdraw}: the version's record after the change. */
    void publish(Principal principal, String org, long n, boolean publish, HttpServletResponse response) {
        var publication = registry.get().publication();
        Reply.json(response, 200, SubmissionJson.version(publish ? publication.publish(principal, org, n) : publication.withdraw(principal, org, n)));
    }
}
