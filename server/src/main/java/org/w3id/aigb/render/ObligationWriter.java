package org.w3id.aigb.render;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.render.RenderTarget.Answer;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * Writes the outcomes of one or many profiles in one of its {@link #FORMATS}, through that format's
 * {@link ChecklistRenderer}; shared by the command line and the HTTP endpoint. Each conforming
 * profile's {@link ChecklistView} is built once and handed to the renderer, which writes as it goes,
 * one profile at a time, so a batch of thousands runs in constant memory (the RDF formats collect
 * their graphs first). A profile that does not conform gets its validation report instead of a
 * checklist; a file of several that could not be read gets its error ({@link #writeError}). The same
 * writer, made by {@link #forChanges}, writes what an update changed for each organisation
 * ({@link #write(String, Compared)}: its {@link ChangesView}, rendered by the same renderers).
 */
public final class ObligationWriter {
    /**
     * Each format of the answer with its renderer, JSON first (what HTTP answers by default). A new
     * format is a renderer class and one entry here: the command line's {@code --format} and the
     * HTTP endpoint's negotiation offer it, for the checklist and for what the update changed.
     */
    private static final Map<Format, Function<RenderTarget, ChecklistRenderer>> RENDERERS = renderers();

    /** The formats the obligations are written in, for {@code --format} and {@code Accept}. */
    public static final Offers FORMATS = Offers.of("output format", RENDERERS.keySet().toArray(Format[]::new));

    private static Map<Format, Function<RenderTarget, ChecklistRenderer>> renderers() {
        Map<Format, Function<RenderTarget, ChecklistRenderer>> m = new LinkedHashMap<>();
        m.put(Format.JSON, ChecklistJson::new);
        m.put(Format.MD, ChecklistMarkdown::new);
        m.put(Format.HTML, ChecklistHtml::new);
        m.put(Format.CSV, ChecklistCsv::new);
        m.put(Format.TTL, t -> new ChecklistRdf(t, false));
        m.put(Format.JSONLD, t -> new ChecklistRdf(t, true));
        return m;
    }

    /** One profile's outcome and what names it (file name, or "request body"). */
    public record Entry(String source, Outcome outcome) {}

    private final RenderTarget target;
    private final ChecklistRenderer renderer;

    /**
     * @param many         whether several profiles are written (JSON: an array)
     * @param rootRelative whether HTML links are root-relative (served) or the resources' IRIs
     */
    public ObligationWriter(OutputStream out, Format format, boolean many, boolean rootRelative) {
        this(out, format, many, rootRelative, Language.BOTH);
    }

    /** As {@link #ObligationWriter(OutputStream, Format, boolean, boolean)}, the checklist in {@code language} (HTML and Markdown). */
    public ObligationWriter(OutputStream out, Format format, boolean many, boolean rootRelative, Language language) {
        this(new RenderTarget(out, Answer.CHECKLIST, many, rootRelative, language), format);
    }

    private ObligationWriter(RenderTarget target, Format format) {
        this.target = target;
        Function<RenderTarget, ChecklistRenderer> make = RENDERERS.get(format);
        if (make == null)
            throw new IllegalArgumentException("Obligations are not written as " + format);
        this.renderer = make.apply(target);
        renderer.begin();
    }

    /** A writer of what the update changed for each profile ({@link #write(String, Compared)}), in {@code language} (HTML and Markdown). */
    public static ObligationWriter forChanges(OutputStream out, Format format, boolean many, boolean rootRelative, Language language) {
        return new ObligationWriter(new RenderTarget(out, Answer.CHANGES, many, rootRelative, language), format);
    }

    public void write(Entry e) {
        if (target.answer() != Answer.CHECKLIST)
            throw new IllegalStateException("a writer of what the update changed writes comparisons");
        Outcome o = e.outcome();
        if (o.conforms())
            renderer.conforming(e.source(), o, renderer.readsView() ? ChecklistView.of(o) : null);
        else
            renderer.notConforming(e.source(), o.report());
    }

    /**
     * What the update changed for one profile's organisation ({@link ObligationEngine#compare}), or its
     * validation report if it does not conform.
     */
    public void write(String source, Compared c) {
        if (target.answer() != Answer.CHANGES)
            throw new IllegalStateException("a writer of checklists writes outcomes");
        if (c.conforms())
            renderer.changes(source, c, renderer.readsView() ? ChangesView.of(c) : null);
        else
            renderer.notConforming(source, c.report());
    }

    /** A file of several that could not be read: its error where its result would be (RDF: nothing; it was named on stderr). */
    public void writeError(String source, AigbException error) {
        renderer.unreadable(source, error);
    }

    /** Ends the output (closes the JSON array or the page, writes the graph); does not close the stream. */
    public void finish() {
        renderer.end();
        target.flush();
    }
}
