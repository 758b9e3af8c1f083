package org.w3id.aigb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.Test;

/**
 * The package structure of {@code org.w3id.aigb}, checked on the compiled classes (tests excluded):
 * no package cycles, the layers used one way only (each uses only those below it), and the things
 * there is one way to do done in one place.
 */
class ArchitectureTest {
    private static final String BASE = "org.w3id.aigb";
    private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** The slices of a base package: each package under it (with its sub-packages), and the base's own classes. */
    private static SliceAssignment packagesOf(String base) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(base))
                    return SliceIdentifier.of("(" + base + ")");
                if (!p.startsWith(base + "."))
                    return SliceIdentifier.ignore();
                String rest = p.substring(base.length() + 1);
                return SliceIdentifier.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }

            @Override
            public String getDescription() {
                return "the packages of " + base;
            }
        };
    }

    private static ArchRule cycleFree(String base) {
        return slices().assignedFrom(packagesOf(base)).should().beFreeOfCycles();
    }

    @Test
    void noPackageCycles() {
        cycleFree(BASE).check(CLASSES);
    }

    /** The rule above finds a cycle where there is one: two packages of test fixtures that use each other. */
    @Test
    void theCycleRuleFindsACycle() {
        String fixtures = BASE + ".testing.cycle";
        JavaClasses cyclic = new ClassFileImporter().importPackages(fixtures);
        assertEquals(2, cyclic.size());
        AssertionError e = assertThrows(AssertionError.class, () -> cycleFree(fixtures).check(cyclic));
        assertTrue(e.getMessage().contains("Cycle detected") && e.getMessage().contains("Slice a") && e.getMessage().contains("Slice b"),
                e.getMessage());
    }

    /**
     * From the top: the command line and the server; the registry of submitted profiles; the writers
     * they share and the checklist view they render; the features (what a profile obliges, search);
     * profiles; loading the graph; queries; the SSSOM codec; the graph and its sources; start-up; and
     * the kernel every layer uses (errors, limits, formats, vocabularies).
     */
    @Test
    void layersAreUsedOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(BASE + ".cli..")
                .layer("web").definedBy(BASE + ".web..")
                .layer("registry").definedBy(BASE + ".registry..")
                .layer("render").definedBy(BASE + ".render..")
                .layer("checklist").definedBy(BASE + ".checklist..")
                .layer("obligation").definedBy(BASE + ".obligation..")
                .layer("search").definedBy(BASE + ".search..")
                .layer("profile").definedBy(BASE + ".profile..")
                .layer("load").definedBy(BASE + ".load..")
                .layer("query").definedBy(BASE + ".query..")
                .layer("mapping").definedBy(BASE + ".mapping..")
                .layer("graph").definedBy(BASE + ".graph..")
                .layer("sys").definedBy(BASE + ".sys..")
                .layer("kernel").definedBy(BASE, BASE + ".format..", BASE + ".vocab..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("registry").mayOnlyBeAccessedByLayers("web", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("web", "cli")
                .whereLayer("checklist").mayOnlyBeAccessedByLayers("render", "web", "cli")
                .whereLayer("obligation").mayOnlyBeAccessedByLayers("registry", "checklist", "render", "web", "cli")
                .whereLayer("search").mayOnlyBeAccessedByLayers("render", "web", "cli")
                .whereLayer("profile").mayOnlyBeAccessedByLayers("obligation", "registry", "checklist", "render", "web", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("query").mayOnlyBeAccessedByLayers("profile", "obligation", "search", "registry", "checklist", "render", "web", "cli")
                .whereLayer("mapping").mayOnlyBeAccessedByLayers("load", "cli")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("query", "load", "profile", "obligation", "search", "registry", "checklist", "render", "web", "cli")
                .whereLayer("sys").mayOnlyBeAccessedByLayers("graph", "query", "load", "profile", "obligation", "search", "registry", "checklist", "render", "web", "cli")
                .check(CLASSES);
    }

    /** Every query runs through {@code query.QueryRunner}; the SPARQL endpoint's are run by Fuseki, which hands it its own. */
    @Test
    void queriesRunInOnePlace() {
        noClasses().that().resideOutsideOfPackage(BASE + ".query..")
                .and().doNotHaveFullyQualifiedName(BASE + ".web.ActionSparql").and().doNotHaveFullyQualifiedName(BASE + ".web.BoundedResults")
                .should().dependOnClassesThat().belongToAnyOf(QueryExecution.class, QueryExecutionFactory.class, QueryExecutionDatasetBuilder.class,
                        QueryExec.class, QueryExecBuilder.class, UpdateExecution.class, UpdateExec.class)
                .because("a query runs within the time limit, its errors typed, only through QueryRunner")
                .check(CLASSES);
    }

    /** Formats are chosen in one place: Jena's Accept matching (which ignores q=0) is used nowhere. */
    @Test
    void formatsAreNegotiatedInOnePlace() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(AcceptList.class)
                .because("format.Offers is the one negotiation (RFC 9110)")
                .check(CLASSES);
    }
}
