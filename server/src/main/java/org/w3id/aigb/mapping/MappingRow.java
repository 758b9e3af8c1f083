package org.w3id.aigb.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of an SSSOM mapping set, with its CURIEs expanded to IRIs. {@code line} is the row's
 * line in its file, kept so that every later complaint can name it.
 */
public record MappingRow(
        int line,
        String subject,
        String subjectLabel,
        String predicate,
        String object,
        String objectLabel,
        String mappingJustification,
        BigDecimal confidence,
        String author,
        LocalDate date,
        String comment) {}
