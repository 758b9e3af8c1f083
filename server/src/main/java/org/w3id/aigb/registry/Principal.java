package org.w3id.aigb.registry;

import org.apache.jena.graph.Node;

/**
 * Who a valid token belongs to: a registered organisation (which submits, reads and publishes its
 * own versions) or a reviewer (who lists, reads and annotates all of them).
 *
 * @param agent      the organisation's or reviewer's node in the store
 * @param token      the token's node (recorded in the audit trail, never its secret)
 * @param tokenId    the token's id
 * @param registryId the organisation's identifier; null for a reviewer
 * @param corporateNumber the organisation's registered corporate number, or null
 */
public record Principal(Kind kind, Node agent, String name, Node token, String tokenId, String registryId, String corporateNumber) {
    public enum Kind { ORGANISATION, REVIEWER }

    public boolean isReviewer() {
        return kind == Kind.REVIEWER;
    }

    /** Whether this principal may read the versions of {@code organisation}: its own, or any for a reviewer. */
    public boolean mayRead(String organisation) {
        return isReviewer() || organisation.equals(registryId);
    }
}
