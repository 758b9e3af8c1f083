package org.w3id.aigb.render;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;

/**
 * Writes the obligations answer in one format, profile by profile, as it goes: the checklist of a
 * profile that conforms (laid out from its {@link ChecklistView}, or its graphs for RDF) or what the
 * update changed for it (its {@link ChangesView}, or the comparison's graph), the violations of one
 * that does not, the error of a file of several that could not be read. One class per format, listed
 * in {@link ObligationWriter#FORMATS}; {@link ObligationWriter} drives it. A renderer decides nothing about the
 * profile: what it shows is the view's, and the view's text from the profile is cut short already, so
 * its output is bounded by the view's size.
 */
public interface ChecklistRenderer {
    /** Before the first profile: a page's head, a JSON array's bracket, a CSV header (for the {@link RenderTarget#answer() answer} written). */
    default void begin() {}

    /** The checklist of a profile that conforms; {@code view} is null for a renderer that does not {@link #readsView() read it}. */
    void conforming(String source, Outcome outcome, ChecklistView view);

    /**
     * What the update changed for a profile that conforms ({@link RenderTarget.Answer#CHANGES}); {@code view}
     * is null for a renderer that does not {@link #readsView() read it}.
     */
    void changes(String source, Compared compared, ChangesView view);

    /** A profile that does not conform: its validation report. */
    void notConforming(String source, ProfileReport report);

    /** A file of several that could not be read: its error, where its answer would be. */
    void unreadable(String source, AigbException error);

    /** After the last profile: closes what {@link #begin} opened (or writes what was collected). */
    default void end() {}

    /** Whether {@link #conforming} and {@link #changes} lay out the views (the RDF formats write the graphs instead). */
    default boolean readsView() {
        return true;
    }
}
