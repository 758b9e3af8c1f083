package org.w3id.aigb.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3id.aigb.profile.ProfileReader;

/**
 * A person filling the profile builder in a browser: clicks, typing and the keyboard, by the labels'
 * controls (found by the form's ids, which follow the JSON keys and values). What to answer comes
 * from an example profile, read here with Jena, independently of the page's code.
 */
final class BuilderUser {
    private static final String AIGB = "https://w3id.org/aigb/ontology#";

    /** What the questionnaire asks about one AI system, as the example states it. */
    record SystemFacts(Map<String, String> name, List<String> activities, List<String> aiTypes, List<String> userGroups,
                       List<Map<String, String>> tools, Boolean physical, Boolean personalData, Boolean advanced,
                       List<String> areas, String provider) {}

    /** What the questionnaire asks about the organisation. */
    record Facts(Map<String, String> name, String kind, List<String> sectors, String size, String corporateNumber, List<SystemFacts> systems) {}

    final Browser b;

    BuilderUser(Browser browser) {
        this.b = browser;
    }

    static Facts facts(Path example) {
        Model m = ModelFactory.createModelForGraph(new ProfileReader().read(example));
        Resource org = m.listSubjectsWithProperty(RDF.type, m.createResource("http://www.w3.org/ns/org#Organization")).next();
        List<SystemFacts> systems = new ArrayList<>();
        m.listObjectsOfProperty(org, p(m, "hasAISystem")).forEach(n -> {
            Resource s = n.asResource();
            List<Map<String, String>> tools = new ArrayList<>();
            m.listObjectsOfProperty(s, p(m, "actsOn")).forEach(t -> tools.add(names(t.asResource(), m)));
            RDFNode provider = s.hasProperty(p(m, "systemProvider")) ? s.getProperty(p(m, "systemProvider")).getObject() : null;
            systems.add(new SystemFacts(names(s, m), locals(s, "hasActivity", m), locals(s, "hasAIType", m), locals(s, "hasUserGroup", m),
                    tools, bool(s, "hasPhysicalActuation", m), bool(s, "processesPersonalData", m), bool(s, "isAdvancedAISystem", m),
                    locals(s, "hasApplicationArea", m), provider != null && provider.isLiteral() ? provider.asLiteral().getLexicalForm() : null));
        });
        systems.sort((x, y) -> String.valueOf(x.name()).compareTo(String.valueOf(y.name())));
        String number = org.hasProperty(p(m, "corporateNumber")) ? org.getProperty(p(m, "corporateNumber")).getString() : null;
        List<String> size = locals(org, "organisationSize", m);
        return new Facts(names(org, m), locals(org, "organisationKind", m).get(0), locals(org, "sector", m), size.isEmpty() ? null : size.get(0),
                number, systems);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(AIGB + local);
    }

    private static Map<String, String> names(Resource r, Model m) {
        Map<String, String> out = new TreeMap<>();
        m.listObjectsOfProperty(r, SKOS.prefLabel).forEach(n -> out.put(n.asLiteral().getLanguage(), n.asLiteral().getLexicalForm()));
        return out;
    }

    /** The values of a property as the last segment of their IRIs, as the form's controls name them. */
    private static List<String> locals(Resource r, String local, Model m) {
        List<String> out = new ArrayList<>();
        m.listObjectsOfProperty(r, p(m, local)).forEach(n -> out.add(n.asResource().getURI().replaceFirst("^.*/", "")));
        out.sort(null);
        return out;
    }

    private static Boolean bool(Resource r, String local, Model m) {
        return r.hasProperty(p(m, local)) ? r.getProperty(p(m, local)).getBoolean() : null;
    }

    // --- acting on the page ---------------------------------------------------------------

    WebElement el(String css) {
        return b.find(css);
    }

    void click(String css) {
        WebElement e = b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        e.click();
    }

    /** Types into a text field, after clearing it, then leaves it with Tab as a person would. */
    void type(String css, String text) {
        WebElement e = b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        e.clear();
        e.sendKeys(text, Keys.TAB);
    }

    /** Ticks a checkbox with the space bar (keyboard), unless it is ticked already. */
    void tick(String css) {
        WebElement e = b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        if (!e.isSelected())
            e.sendKeys(Keys.SPACE);
    }

    void step(String step) {
        click("#step-" + step);
        b.waiting().until(d -> "step".equals(d.findElement(By.id("step-" + step)).getAttribute("aria-current")));
    }

    /** Next, by the keyboard: Enter on the focused button. */
    void next() {
        WebElement next = el("#next");
        String before = currentStep();
        next.sendKeys(Keys.ENTER);
        b.waiting().until(d -> !currentStep().equals(before));
    }

    String currentStep() {
        return b.driver.findElement(By.cssSelector("button.step[aria-current='step']")).getAttribute("id").substring("step-".length());
    }

    /** Waits until the side panel shows the answer for the latest change. */
    void settled() {
        b.waiting().until(d -> "false".equals(d.findElement(By.id("panel")).getAttribute("data-pending")));
    }

    void open() {
        el("#next");
        settled();
    }

    void fillOrganisation(Facts f) {
        if (!currentStep().equals("organisation"))
            step("organisation");
        for (Map.Entry<String, String> name : f.name().entrySet())
            type("#org-name-" + name.getKey(), name.getValue());
        click("#org-kind-" + f.kind());
        for (String sector : f.sectors())
            tick("#org-sectors-" + sector);
        if (f.size() != null)
            new Select(el("#org-size")).selectByValue(f.size());
        if (f.corporateNumber() != null)
            type("#org-corporateNumber", f.corporateNumber());
    }

    void fillSystems(List<SystemFacts> systems) {
        if (!currentStep().equals("systems"))
            step("systems");
        for (int i = 0; i < systems.size(); i++) {
            if (b.all("#sys" + i).isEmpty())
                click("#add-system");
            fillSystem(i, systems.get(i));
        }
    }

    void fillSystem(int i, SystemFacts s) {
        String id = "#sys" + i;
        for (Map.Entry<String, String> name : s.name().entrySet())
            type(id + "-name-" + name.getKey(), name.getValue());
        for (String a : s.activities())
            tick(id + "-activities-" + a);
        for (String t : s.aiTypes())
            tick(id + "-aiTypes-" + t);
        for (String u : s.userGroups())
            tick(id + "-userGroups-" + u);
        for (int k = 0; k < s.tools().size(); k++) {
            click(id + "-actsOn-add");
            String text = s.tools().get(k).getOrDefault("ja", s.tools().get(k).values().iterator().next());
            type(id + "-actsOn-" + k, text);
        }
        yesNo(id + "-hasPhysicalActuation", s.physical());
        yesNo(id + "-processesPersonalData", s.personalData());
        yesNo(id + "-isAdvancedAISystem", s.advanced());
        for (String area : s.areas()) {
            WebElement box = el(id + "-applicationAreas-" + area);
            WebElement details = box.findElement(By.xpath("ancestor::details"));
            if (details.getAttribute("open") == null)
                details.findElement(By.tagName("summary")).click();
            tick(id + "-applicationAreas-" + area);
        }
        if (s.provider() != null)
            type(id + "-systemProvider", s.provider());
    }

    private void yesNo(String id, Boolean value) {
        if (value != null)
            click(id + "-" + value);
    }
}
