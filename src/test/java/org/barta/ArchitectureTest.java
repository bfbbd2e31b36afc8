package org.barta;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules README's "Layout" states, checked on the compiled classes: features depend on platform, on
 * content and on publicweb (what several features share), never on each other in both directions; data access stays
 * in repositories.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"org.barta.accounts..", "org.barta.content..", "org.barta.media..",
            "org.barta.newsletter..", "org.barta.publicweb..", "org.barta.site.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.barta");
    }

    @Test
    void platformImportsNoFeature() {
        noClasses().that().resideInAPackage("org.barta.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
    }

    @Test
    void publicWebUsesOnlyPlatformAndContent() {
        noClasses().that().resideInAPackage("org.barta.publicweb..")
                .should().dependOnClassesThat().resideInAnyPackage("org.barta.accounts..", "org.barta.media..",
                        "org.barta.newsletter..", "org.barta.site..")
                .check(classes);
    }

    @Test
    void contentKnowsNeitherTheSiteNorTheNewsletter() {
        noClasses().that().resideInAPackage("org.barta.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.barta.site..", "org.barta.newsletter..",
                        "org.barta.publicweb..")
                .check(classes);
    }

    @Test
    void mediaAsksContentThroughItsOwnInterface() {
        noClasses().that().resideInAPackage("org.barta.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.barta.content..", "org.barta.site..",
                        "org.barta.newsletter..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("org.barta.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Within features too, with one exception named here: accounts' sub-packages use the account model of their
     * parent, which uses them. (Newsletter's dispatch asks for editions through its own SendableEditions.)
     */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.barta.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.barta.accounts.*"), resideInAPackage("org.barta.accounts"))
                .check(classes);
    }

    @Test
    void facesBeansNeverUseTheEntityManager() {
        noClasses().that().areAnnotatedWith(Named.class).or().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    /** Platform wires the database itself (migrations, Quartz, readiness); features go through repositories. */
    @Test
    void onlyRepositoriesTouchJpaOrJdbc() {
        noClasses().that().resideOutsideOfPackage("org.barta.platform..")
                .and().haveSimpleNameNotEndingWith("Repository")
                // The send ledger is the newsletter's repository of deliveries, in plain JDBC for its speed.
                .and().doNotHaveSimpleName("DeliveryLedger")
                .should().dependOnClassesThat(assignableTo(EntityManager.class).or(assignableTo(DataSource.class))
                        .or(assignableTo(Connection.class)))
                .check(classes);
    }
}
