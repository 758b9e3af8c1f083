package org.w3id.aigb.registry;

import org.w3id.aigb.vocab.AigbId;

/**
 * The public IRIs of submissions: {@code https://w3id.org/aigb/id/submission/{organisation}} (all
 * versions of one organisation's profile) and {@code …/{organisation}/{version}} (one version),
 * served at {@code /id/submission/…} once published.
 */
public final class SubmissionIris {
    public static final String BASE = AigbId.BASE + "submission/";

    private SubmissionIris() {}

    public static String series(String registryId) {
        return BASE + registryId;
    }

    public static String version(String registryId, long version) {
        return BASE + registryId + "/" + version;
    }

    /** The path of a version in the registry's own API. */
    public static String apiPath(String registryId, long version) {
        return "/submissions/" + registryId + "/" + version;
    }
}
