package io.github.adrgov.adr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core plain Java: only the goals ({@code maven}) and the site report renderer ({@code report}) may use
 * Maven or Plexus types, so the model, parser, rules and outputs can be tested with plain JUnit and reused outside
 * Maven. Plain JUnit tests calling {@code check}, so the normal Jupiter engine runs them.
 */
class ArchitectureTest {

    private static final String[] ADAPTERS = {"io.github.adrgov.adr.maven..", "io.github.adrgov.adr.report.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.adrgov.adr");
    }

    @Test
    void importedTheCore() {
        assertThat(classes.containPackage("io.github.adrgov.adr.result")).isTrue();
        assertThat(classes.containPackage("io.github.adrgov.adr.maven")).isTrue();
    }

    @Test
    void coreHasNoMavenOrPlexusTypes() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus..")
                .because("the core must not depend on Maven; only the goals and the report renderer adapt it")
                .check(classes);
    }

    @Test
    void coreDoesNotReachIntoTheGoals() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("io.github.adrgov.adr.maven..")
                .because("the goals call the core, never the other way round")
                .check(classes);
    }
}
