package org.w3id.aigb.checklist;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;

/**
 * One conforming profile's checklist, as every format shows it: read once from the derivation
 * ({@link ChecklistReader}, one query: {@code queries/view/checklist.rq}) and the validation's
 * warnings, then laid out by each renderer (JSON, Markdown, HTML, CSV) without deciding anything.
 * Everything in it is in the derivation's RDF: the results and their facts, the sentences of the
 * reasons (templates of the graph filled with those facts), the notices, the stages not reached, the
 * edition derived under, the roles it leaves open with its open questions, and the marks of what the
 * update that produced it added, moved or changed ({@code aigb:updatedBy}, with the change records).
 * <p>
 * Immutable. Text from the profile is made safe and cut short here, once, for every format: names
 * to {@link org.w3id.aigb.Text#NAME} characters, evidence, reasons and messages to
 * {@link org.w3id.aigb.Text#PASSAGE}, lists of systems in a sentence to
 * {@link org.w3id.aigb.Text#SYSTEMS_NAMED} names; only {@link #organisation} and {@link #systems} hold
 * the profile's names in full, each written once. So an answer grows with the profile, not with the
 * profile times the guideline.
 *
 * @param derivation       the derivation's IRI (the PROV activity)
 * @param edition          the edition of the guideline derived under ({@code aigb:underEdition})
 * @param organisation     the profile's organisation, its names in full
 * @param systems          the profile's AI systems in the order of their IRIs, names in full, with the keys the JSON refers to them by
 * @param roles            the roles held, in the order of their first stage in the lifecycle
 * @param undecidedRoles   the roles the edition leaves open for some systems (neither held nor not held), with its open questions
 * @param businessActor    whether a role held, or one the edition leaves open (undecided), is one the guideline addresses items to
 * @param notices          what the checklist says about the derivation as a whole (a non-business user's statement)
 * @param entries          what applies: principles, items, Hiroshima principles, code-of-conduct actions, each with its notes;
 *                         notes whose item does not apply stand alone; in the guideline's order
 * @param undecided        what could not be decided, with the facts missing
 * @param information      what the checklist gives beside the items
 * @param warnings         the validation's warnings and infos
 * @param summary          counts over every entry and note
 * @param principleBlocks  the entries of {@link Kind#PRINCIPLE}, {@link Kind#ITEM} and {@link Kind#NOTE} by common guiding principle and role (別添7 A)
 * @param undecidedGroups  the undecided entries grouped by what they lack (facts, or a role the edition leaves open)
 */
public record ChecklistView(Node derivation, Name edition, Party organisation, List<Party> systems, List<Role> roles,
                            List<UndecidedRole> undecidedRoles, boolean businessActor,
                            List<Notice> notices, List<Entry> entries, List<Undecided> undecided, Information information,
                            List<Warning> warnings, Summary summary, List<PrincipleBlock> principleBlocks, List<UndecidedGroup> undecidedGroups) {

    /** The view of a conforming outcome's derivation and its warnings. */
    public static ChecklistView of(Outcome outcome) {
        if (!outcome.conforms())
            throw new IllegalArgumentException("a profile with violations has no checklist");
        return ChecklistReader.get().read(outcome.derivation(), outcome.report());
    }

    /** A profile's node named in full: the organisation, or an AI system with its key ({@code s1}, …; null for the organisation). */
    public record Party(Node iri, String key, String ja, String en) {
        /** The name in one language ({@code ja} when true), else in the other. */
        public String label(boolean inJa) {
            return inJa ? (ja != null ? ja : en) : (en != null ? en : ja);
        }
    }

    /** A notice of the graph ({@code aigb:ChecklistNotice}) and its sentence in each language. */
    public record Notice(Name notice, String ja, String en) {}

    /** A role held, the systems it is held for, and one reason per rule that gives it. */
    public record Role(Name role, List<Name> systems, List<RuleReason> reasons) {}

    /**
     * A role the edition derived under leaves open for some of the organisation's systems (version 1.1
     * on RAG, post-training, the API split, operation): neither held nor not held, with the questions
     * it left open ({@code aigb:OpenRoleQuestion}).
     */
    public record UndecidedRole(Name role, List<Name> systems, List<Name> openQuestions) {}

    /** A role rule that held: where the guideline states it, and for which systems and activities (one reason for all its firings). */
    public record RuleReason(Name rule, List<Name> sections, String locatorJa, String locatorEn, List<Name> systems, List<Name> activities,
                             Name illustratingCase) {}

    /** One reason something applies: its kind ({@code role-and-stage}, …) and its sentence in each language. */
    public record Reason(Name kind, String ja, String en) {}

    /** A declared measure: its status, evidence, URL and reason not applicable (cut short); {@code system} null for one on the organisation. */
    public record Measure(Name status, String evidenceJa, String evidenceEn, String url, String reasonJa, String reasonEn, Name system) {}

    /**
     * Something that applies: a principle, item, practice note, Hiroshima principle or code-of-conduct
     * action. {@code principle}: the common guiding principle it is grouped under; {@code target}: the
     * item or principle a note is attached to; {@code role}: the role the item is for; {@code roles}:
     * the roles it applies through; {@code status}: gap, planned, addressed or not applicable;
     * {@code updatedBy}: the change records of the update that produced the edition which added, moved
     * or changed it (empty for what the update left alone, and under an edition no update produced).
     */
    public record Entry(Kind kind, Name resource, Name principle, Name target, Name role, List<Name> roles, Name stage, List<Name> systems,
                        List<Reason> reasons, List<Name> references, Name status, List<Measure> measures, List<Name> uncoveredSystems,
                        List<Name> updatedBy, List<Entry> notes) {
        /** The status's code: {@code addressed}, {@code planned}, {@code not-applicable} or {@code gap}. */
        public String statusCode() {
            return status == null ? "gap" : status.code();
        }

        /** Whether nothing remains to do: addressed, or declared not applicable. */
        public boolean done() {
            return statusCode().equals("addressed") || statusCode().equals("not-applicable");
        }
    }

    /**
     * Something that could not be decided: the roles and systems concerned and the facts they lack, or
     * the questions of role the edition left open that it would apply through ({@code openQuestions});
     * {@code updatedBy} as for an {@link Entry}.
     */
    public record Undecided(Kind kind, Name resource, Name target, List<Name> roles, List<Name> systems, List<Name> missingFacts,
                            List<Name> openQuestions, List<Name> updatedBy) {}

    /** A system used in an EU AI Act Annex III area, with the notice that this is not a legal determination. */
    public record Emphasis(Name system, Name area, List<Name> references, List<Name> updatedBy) {}

    /** A risk note of the guideline about an AI type of the organisation's systems, and how the edition classifies its risk example. */
    public record Risk(Name note, Name risk, List<Name> aiTypes, List<Name> systems, List<Name> classifications, List<Name> updatedBy) {}

    /** A sector document the guideline names for the organisation's kind or sector. */
    public record Guidance(Name guidance, Name document, Name matchedBy, String publisherJa, String publisherEn, String locatorJa,
                           String locatorEn, String url, List<Name> updatedBy) {}

    /** A stage of a role held that none of the organisation's activities reaches. */
    public record StageNotReached(Name role, Name stage) {}

    /** What the checklist gives beside the items; {@code riskBasedApproach} is the notice the Annex III information carries. */
    public record Information(Notice riskBasedApproach, List<Emphasis> emphases, List<Risk> risks, List<Guidance> guidance,
                              List<StageNotReached> stagesNotReached) {}

    /** A result of the validation that does not stop the profile conforming; messages cut short; {@code cites} the codes it cites. */
    public record Warning(String severity, String messageJa, String messageEn, List<String> cites) {}

    /** Counts over every applicable principle, item, note, Hiroshima principle and action. */
    public record Summary(int applicable, int addressed, int planned, int notApplicable, int gap, int undecided) {}

    /** The entries of one common guiding principle: the principle itself (null if it does not apply) and its items by role. */
    public record PrincipleBlock(Name principle, Entry applicable, List<RoleItems> itemsByRole) {}

    /** The items (and lone notes) of one role under one principle. */
    public record RoleItems(Name role, List<Entry> items) {}

    /** Undecided entries that lack the same facts, or go through the same open questions of role, for the same systems. */
    public record UndecidedGroup(List<Name> missingFacts, List<Name> openQuestions, List<Name> systems, List<Undecided> entries) {}

    /** Every entry, notes included, in checklist order. */
    public List<Entry> flat() {
        return entries.stream().flatMap(e -> Stream.concat(Stream.of(e), e.notes().stream())).toList();
    }

    /** The top-level entries of one kind. */
    public List<Entry> ofKind(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The entries (notes included) with nothing declared for some of what they apply through. */
    public List<Entry> gaps() {
        return flat().stream().filter(e -> e.statusCode().equals("gap")).toList();
    }
}
