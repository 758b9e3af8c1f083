package org.w3id.aigb.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.apache.jena.rdf.model.RDFNode;

/** Times as the registry records them: UTC, to the millisecond (what every store keeps exactly). */
final class Times {
    private Times() {}

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An {@code xsd:dateTime} value as an instant, whatever lexical form the store gives it back in; null for null. */
    static Instant of(RDFNode literal) {
        return literal == null ? null : OffsetDateTime.parse(literal.asLiteral().getLexicalForm()).toInstant();
    }
}
