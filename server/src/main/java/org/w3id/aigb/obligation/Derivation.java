package org.w3id.aigb.obligation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.vocab.Prefixes;

/**
 * What the engine derived for one profile, as RDF ({@link #graph()}: the profile and the derived
 * results with their PROV) and as a small Java view for the renderers: the organisation's roles
 * with the rules that give them, what applies and why with its status, what could not be decided
 * and which facts are missing, and the information beside them. The view is read from the RDF once,
 * on first use ({@link DerivationReader}).
 */
public final class Derivation {
    /** What a result is about. */
    public enum Kind { PRINCIPLE, ITEM, NOTE, HIROSHIMA_PRINCIPLE, CODE_OF_CONDUCT }

    /** A named thing: a guideline resource (with its code) or a node of the profile. Labels may be null. */
    public record Named(Node iri, String code, String ja, String en) {
        /** Japanese label, else English, else the code. */
        public String ja() {
            return ja != null ? ja : en != null ? en : code;
        }

        /** English label, else Japanese, else the code. */
        public String en() {
            return en != null ? en : ja != null ? ja : code;
        }

        public String jaOrNull() {
            return ja;
        }

        public String enOrNull() {
            return en;
        }

        /** Orders codes as the guideline numbers them: D-2-ii before D-10-i, C-2 before C-10, HCOC-IV before HCOC-X; other nodes by IRI. */
        public String sortKey() {
            // a profile's own nodes (no code) in the order of their IRIs
            return code != null ? SORT_KEYS.computeIfAbsent(code, Derivation::sortKey) : iri.toString();
        }
    }

    /** One role rule holding, as the reason for a role. */
    public record RuleReason(Named rule, List<Named> sections, String locatorJa, String locatorEn, List<Named> systems,
                             List<Named> activities, Named illustratingCase) {}

    /** A role the organisation holds, the rules that give it, and the systems it holds it for. */
    public record Role(Named role, List<RuleReason> reasons, List<Named> systems) {}

    /** A declared measure answering an obligation; {@code system} is null for one on the whole organisation. */
    public record Measure(Node iri, Named status, String evidenceJa, String evidenceEn, String url, String reasonJa, String reasonEn,
                          Named system) {}

    /**
     * Why something applies: the kinds of reason and the facts behind them. {@code activities}: the
     * activities whose AI type made a note apply; {@code duties}, {@code userGroups} and
     * {@code usersOf}: the item's duties to stakeholders that reach the users (of those groups) of
     * those provided systems.
     */
    public record Why(List<Named> kinds, List<Named> roles, Named stage, List<Named> stageActivities, List<Named> systems,
                      List<Named> aiTypes, List<Named> processes, Named throughNote, List<Named> conditions, List<Named> references,
                      List<Named> activities, List<Named> duties, List<Named> userGroups, List<Named> usersOf) {}

    /**
     * An applicable principle, item, practice note, Hiroshima principle or code-of-conduct action:
     * {@code principle} is the common guiding principle it is grouped under (the item's primary
     * principle, a note's item's), {@code target} the item or principle a note is attached to,
     * {@code notes} the applicable notes attached to it, {@code updatedBy} the change records of the
     * update that produced the edition derived under which added, moved or changed it (the mark of
     * what is new in the FY2025 update; empty under version 1.1 and for what the update left alone).
     */
    public record Obligation(Kind kind, Named resource, Named principle, Named target, Named role, Why why, Named status,
                             List<Measure> measures, List<Named> uncoveredSystems, List<Obligation> notes, List<Named> updatedBy) {}

    /**
     * Something that could not be decided, the systems concerned and the facts they lack, or the
     * questions of role the edition left open that it would apply through ({@code openQuestions}).
     */
    public record Undecided(Kind kind, Named resource, Named target, List<Named> roles, List<Named> systems, List<Named> missingFacts,
                            List<Named> openQuestions) {}

    /**
     * A role the edition derived under leaves open for some of the organisation's systems (version 1.1 on
     * RAG, post-training, the API split, operation): neither held nor not held, with the open questions.
     */
    public record UndecidedRole(Named role, List<Named> systems, List<Named> openQuestions) {}

    /** A system used in an EU AI Act Annex III area: information for the risk-based approach, not a legal determination. */
    public record Emphasis(Named system, Named area, List<Named> references) {}

    /** A risk note of the guideline about an AI type of the organisation's systems. */
    public record Risk(Named note, Named risk, List<Named> aiTypes, List<Named> systems) {}

    /** A sector document the guideline names for the organisation's kind or sector. */
    public record Guidance(Named guidance, Named document, Named matchedBy, String publisherJa, String publisherEn, String locatorJa,
                           String locatorEn, String url) {}

    /** A lifecycle stage of a role the organisation holds that none of its activities reaches. */
    public record StageNotReached(Named role, Named stage) {}

    private final Node iri;
    private final Node edition;
    private final Graph profile;
    private final Graph derived;
    private final Graph guideline;
    private volatile DerivationReader view;

    Derivation(Node iri, Node edition, Graph profile, Graph derived, Graph guideline) {
        this.iri = iri;
        this.edition = edition;
        this.profile = profile;
        this.derived = derived;
        this.guideline = guideline;
    }

    /** The derivation's IRI (the PROV activity). */
    public Node iri() {
        return iri;
    }

    /** The edition of the guideline derived under (its IRI, {@code id/edition/…}). */
    public Node edition() {
        return edition;
    }

    /** The edition derived under, with its labels (AI事業者ガイドライン（第1.2版）). */
    public Named guidelineEdition() {
        return view().edition();
    }

    /** The profile the derivation is of. */
    public Graph profile() {
        return profile;
    }

    /** The derived results alone. */
    public Graph derived() {
        return derived;
    }

    /** The profile and the derived results, with the standard prefixes: what the Turtle output and the served graph hold. */
    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.get());
        profile.find().forEach(g::add);
        derived.find().forEach(g::add);
        return g;
    }

    private DerivationReader view() {
        DerivationReader v = view;
        if (v == null) {
            v = new DerivationReader(profile, derived, guideline, edition);
            view = v;
        }
        return v;
    }

    public Named organisation() {
        return view().organisation();
    }

    /** The profile's AI systems, in the order of their IRIs: what the other results refer to. */
    public List<Named> systems() {
        return view().systems();
    }

    public List<Role> roles() {
        return view().roles();
    }

    /** The roles the edition derived under leaves open for the organisation (none under version 1.2). */
    public List<UndecidedRole> undecidedRoles() {
        return view().undecidedRoles();
    }

    /** Whether the organisation holds a role the guideline addresses items to (developer, provider, business user). */
    public boolean isBusinessActor() {
        return view().isBusinessActor();
    }

    /** Applicable principles, items, Hiroshima principles and code-of-conduct actions, each with its notes. */
    public List<Obligation> obligations() {
        return view().obligations();
    }

    public List<Undecided> undecided() {
        return view().undecided();
    }

    public List<Emphasis> emphases() {
        return view().emphases();
    }

    public List<Risk> risks() {
        return view().risks();
    }

    public List<Guidance> guidance() {
        return view().guidance();
    }

    public List<StageNotReached> stagesNotReached() {
        return view().stagesNotReached();
    }

    /** Sort keys of the guideline's codes (a closed set), computed once. */
    private static final Map<String, String> SORT_KEYS = new ConcurrentHashMap<>();
    private static final Pattern TOKEN = Pattern.compile("\\d+|[A-Za-z]+|[^A-Za-z\\d]+");

    /** A sort key: numbers padded, roman numerals (i … xii, I … XII) as numbers. */
    static String sortKey(String code) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TOKEN.matcher(code);
        while (m.find()) {
            String t = m.group();
            int roman = roman(t);
            if (Character.isDigit(t.charAt(0)))
                sb.append(String.format(Locale.ROOT, "%08d", Long.parseLong(t.length() > 8 ? t.substring(0, 8) : t)));
            else if (roman > 0)
                sb.append(String.format(Locale.ROOT, "%08d", roman));
            else
                sb.append(t);
        }
        return sb.toString();
    }

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    private static int roman(String t) {
        return ROMAN.indexOf(t.toLowerCase(Locale.ROOT)) + 1;
    }
}
