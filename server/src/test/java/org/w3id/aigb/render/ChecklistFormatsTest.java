package org.w3id.aigb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.render.RenderTarget.Language;
import org.w3id.aigb.web.Csv;

/**
 * The checklist formats beside JSON: the CSV (one table, RFC 4180, a row per item with its status,
 * reasons and measures, safe to open in a spreadsheet), and the HTML and Markdown checklists in one
 * language for printing (A4), with the validation's warnings and the reasons an item does not apply.
 */
class ChecklistFormatsTest {
    static ObligationEngine.Outcome check(Path profile) {
        return AnswersSayTheSameTest.engine().check(new ProfileReader().read(profile));
    }

    static ObligationEngine.Outcome check(String turtle) {
        return AnswersSayTheSameTest.engine().check(new ProfileReader().read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)),
                ProfileSyntax.TURTLE, "test"));
    }

    static String write(Format format, Language language, ObligationEngine.Outcome... outcomes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(out, format, outcomes.length > 1, false, language);
        for (int i = 0; i < outcomes.length; i++)
            w.write(new ObligationWriter.Entry("profile-" + i, outcomes[i]));
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    static Path example(String name) {
        return ProfileFixtures.examples().resolve(name);
    }

    @Test
    void theCsvIsOneTableWithARowPerItemUndecidedItemAndWarning() {
        ObligationEngine.Outcome q = check(example("company-q.ttl")), g = check(example("company-g.ttl"));
        String text = write(Format.CSV, Language.BOTH, q, g);
        assertTrue(text.startsWith("\uFEFFsource,section,kind,code,"), "UTF-8 with a byte-order mark, then the header");
        List<List<String>> rows = Csv.parse(text);
        assertEquals(rows.size(), text.split("\r\n", -1).length - 1, "each row ends with CRLF (a line break inside a quoted cell is not one)");
        assertEquals(ChecklistCsv.COLUMNS, rows.get(0));
        assertEquals(1, rows.stream().filter(r -> r.get(0).equals("source")).count(), "one header for several profiles");
        assertTrue(rows.stream().allMatch(r -> r.size() == ChecklistCsv.COLUMNS.size()), "every row has every column");
        for (int i = 0; i < 2; i++) {
            ChecklistView v = ChecklistView.of(i == 0 ? q : g);
            String source = "profile-" + i;
            List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals(source)).toList();
            assertEquals(v.flat().stream().map(e -> e.resource().code() + " " + e.statusCode()).toList(),
                    mine.stream().filter(r -> r.get(1).equals("item")).map(r -> r.get(3) + " " + r.get(8)).toList(), "the items in checklist order, with their status");
            assertEquals(v.undecided().size(), mine.stream().filter(r -> r.get(1).equals("undecided")).count());
            assertEquals(v.warnings().size(), mine.stream().filter(r -> r.get(1).equals("warning")).count());
            assertEquals(v.information().stagesNotReached().size(), mine.stream().filter(r -> r.get(1).equals("stage-not-reached")).count());
        }
        List<String> judgement = rows.stream().filter(r -> r.get(3).equals("P-2-i-human-judgment") && r.get(0).equals("profile-0")).findFirst().orElseThrow();
        assertEquals("P-2-i", judgement.get(4), "a note names its item");
        assertTrue(judgement.get(11).contains("AIエージェントに当たるため") && judgement.get(12).contains("AI agent"), "why, in both languages");
    }

    @Test
    void theCsvSaysTheEditionWhatTheUpdateMarkedAndTheRolesLeftOpen() {
        Path rag = example("consumer-rag-assistant.ttl");
        int code = ChecklistCsv.COLUMNS.indexOf("code"), section = ChecklistCsv.COLUMNS.indexOf("section"),
                updatedBy = ChecklistCsv.COLUMNS.indexOf("updated_by"), edition = ChecklistCsv.COLUMNS.indexOf("edition"),
                open = ChecklistCsv.COLUMNS.indexOf("open_questions");
        List<List<String>> current = Csv.parse(write(Format.CSV, Language.BOTH, check(rag)));
        List<String> citation = current.stream().filter(r -> r.get(code).equals("P-6-i-rag-source-citation")).findFirst().orElseThrow();
        assertEquals("CL-40", citation.get(updatedBy), "the update moved the source-citation duty to the provider");
        assertEquals("v1.2", citation.get(edition));
        assertTrue(current.stream().skip(1).noneMatch(r -> r.get(section).equals("undecided-role")), "version 1.2 leaves no role open");
        ObligationEngine.Outcome v11 = AnswersSayTheSameTest.engine().check(new ProfileReader().read(rag), AnswersSayTheSameTest.engine().editions().named("v1.1"));
        List<List<String>> earlier = Csv.parse(write(Format.CSV, Language.BOTH, v11));
        List<String> developer = earlier.stream().filter(r -> r.get(section).equals("undecided-role")).findFirst().orElseThrow();
        assertEquals("AIDeveloper", developer.get(code));
        assertTrue(developer.get(open).contains("v1.1-rag-construction"), developer.toString());
        assertTrue(earlier.stream().skip(1).allMatch(r -> r.get(section).equals("warning") || r.get(edition).equals("v1.1")), "every row names its edition");
        assertTrue(earlier.stream().skip(1).allMatch(r -> r.get(updatedBy).isEmpty()), "nothing is marked new under version 1.1");
    }

    @Test
    void aCsvCellFromTheProfileIsQuotedAndNeverAFormula() throws Exception {
        String hostile = Files.readString(ProfileFixtures.resource("obligation").resolve("measures.ttl"));
        String evidence = "=HYPERLINK(\"http://evil.example\",\"click\"), and a line\nbreak";
        String replaced = hostile.replace("\"リスク対策の規程\"@ja", "\"\"\"" + evidence.replace("\"", "\\\"") + "\"\"\"@ja")
                .replace("\"エージェントA\"@ja", "\"=1+1\"@ja");
        assertFalse(replaced.equals(hostile), "the fixture has evidence and a system to rename");
        List<List<String>> rows = Csv.parse(write(Format.CSV, Language.BOTH, check(replaced)));
        List<String> cells = rows.stream().flatMap(List::stream).filter(c -> c.contains("HYPERLINK")).toList();
        assertFalse(cells.isEmpty(), "the evidence is in the table");
        for (String cell : cells)
            assertTrue(cell.contains("=HYPERLINK(\"http://evil.example\",\"click\"), and a line\nbreak"), "quoted, whole, in one cell: " + cell);
        int systems = ChecklistCsv.COLUMNS.indexOf("systems");
        assertTrue(rows.stream().anyMatch(r -> r.get(systems).startsWith("'=1+1")), "a system's name that would be a formula is not one");
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.startsWith("=")), "no cell starts a formula");
        assertEquals(",", ChecklistCsv.cell(",").substring(1, 2), "a comma is quoted");
        assertEquals("\"a \"\"b\"\"\"", ChecklistCsv.cell("a \"b\""));
        assertEquals("'-1", ChecklistCsv.cell("-1"));
        assertEquals("'@SUM(A1)", ChecklistCsv.cell("@SUM(A1)"));
    }

    @Test
    void aProfileWithViolationsOrAnUnreadableFileGetsRowsSayingSo() {
        ObligationEngine.Outcome invalid = check(example("invalid-organisation-count.ttl"));
        assertFalse(invalid.conforms());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(out, Format.CSV, true, false);
        w.write(new ObligationWriter.Entry("bad.ttl", invalid));
        w.writeError("broken.ttl", new AigbException.BadInput("parse-error", "Line 1: nothing here"));
        w.finish();
        List<List<String>> rows = Csv.parse(out.toString(StandardCharsets.UTF_8));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("bad.ttl") && r.get(1).equals("violation") && !r.get(10).isEmpty()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("broken.ttl") && r.get(1).equals("error") && r.get(3).equals("parse-error")));
    }

    @Test
    void thePrintablePageInOneLanguage() {
        ObligationEngine.Outcome g = check(example("company-g.ttl"));
        String en = write(Format.HTML, Language.EN, g), ja = write(Format.HTML, Language.JA, g),
                both = write(Format.HTML, Language.BOTH, g);
        assertTrue(en.contains("<html lang=\"en\">") && ja.contains("<html lang=\"ja\">"), "the page's language");
        // (the footer cites the source documents by their official Japanese titles, with the English beside them, on every page)
        String enBody = en.contains("<footer") ? en.substring(0, en.indexOf("<footer")) : en;
        assertTrue(enBody.contains("<h2>Roles</h2>") && !enBody.contains("主体") && !enBody.contains("未対応") && !enBody.contains("class=\"en\""), "English only");
        String jaBody = ja.contains("<footer") ? ja.substring(0, ja.indexOf("<footer")) : ja;
        assertTrue(jaBody.contains("<h2>主体</h2>") && !jaBody.contains(">Roles<") && !jaBody.contains("lang=\"en\""), "Japanese only");
        assertTrue(both.contains("主体 <span class=\"en\" lang=\"en\">Roles</span>"), "both, English beside Japanese");
        for (String page : List.of(en, ja, both))
            assertTrue(page.contains("@page{size:A4") && page.contains("@media print"), "printed on A4");
        // the validation's warnings are shown, in the language chosen
        ChecklistView v = ChecklistView.of(g);
        assertFalse(v.warnings().isEmpty(), "G's profile has a warning");
        assertTrue(en.contains("Validation warnings") && en.contains(org.w3id.aigb.render.Html.esc(v.warnings().get(0).messageEn())));
        assertTrue(ja.contains("検証の注意") && ja.contains(org.w3id.aigb.render.Html.esc(v.warnings().get(0).messageJa())));
        String md = write(Format.MD, Language.EN, g);
        assertTrue(md.contains("## Roles") && !md.contains("主体") && md.contains("## Validation warnings"), "Markdown in one language too");
    }

    @Test
    void theReasonAnItemDoesNotApplyIsShownInEveryChecklist() {
        ObligationEngine.Outcome m = check(ProfileFixtures.resource("obligation").resolve("measures.ttl"));
        ChecklistView v = ChecklistView.of(m);
        ChecklistView.Measure na = v.flat().stream().flatMap(e -> e.measures().stream()).filter(x -> x.reasonJa() != null).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture declares a measure not applicable, with its reason"));
        assertTrue(write(Format.HTML, Language.BOTH, m).contains("why not applicable</span>: " + Html.esc(na.reasonJa())));
        assertTrue(write(Format.MD, Language.BOTH, m).contains("該当しない理由 / why not applicable: " + ChecklistMarkdown.esc(na.reasonJa())));
        assertTrue(Csv.parse(write(Format.CSV, Language.BOTH, m)).stream().anyMatch(r -> r.get(14).equals(na.reasonJa())));
    }
}
