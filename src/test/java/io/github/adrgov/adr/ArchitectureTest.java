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

    /**
     * The findings memo re-checks what the rules read of the project through {@code ProjectFiles} and nothing else:
     * a rule that read a file, listed a folder or asked whether a path exists any other way would be served stale
     * findings. So no class of the rules may touch the file system itself, nor read the index file directly.
     */
    @Test
    void rulesReadTheProjectOnlyThroughProjectFiles() {
        noClasses().that().resideInAPackage("io.github.adrgov.adr.rules..")
                .and().doNotHaveFullyQualifiedName("io.github.adrgov.adr.rules.ProjectFiles$1")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
                .orShould().callMethod(io.github.adrgov.adr.index.IndexFile.class, "read", java.nio.file.Path.class,
                        String.class)
                .because("the findings memo knows only the reads made through ProjectFiles")
                .check(classes);
    }
}
