package org.kogge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.kogge.testing.NotAotGenerated;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/**
 * The shape of the code (see CONVENTIONS.md): package by feature, views talk to services only, features do not
 * depend on each other in a circle, no console output.
 */
@AnalyzeClasses(packages = "org.kogge",
        importOptions = {ImportOption.DoNotIncludeTests.class, NotAotGenerated.class})
class ArchitectureTest {

    /** Views (in {@code org.kogge.<feature>.ui} and the shell {@code org.kogge.ui}) call services, never repositories. */
    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses()
            .that().resideInAPackage("org.kogge..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.data.jpa.repository..")
            .because("views are thin: a feature's service is its front door");

    /**
     * Features ({@code org.kogge.<feature>..}, views included, and the shell {@code org.kogge.ui}) do not depend on
     * each other in a circle. (The demo data loader depends on every feature by design; nothing depends on it.)
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.kogge.(*)..")
            .should().beFreeOfCycles();

    /** Services are the front door of a feature: {@code org.kogge.<feature>}, not views, the shell or helpers. */
    @ArchTest
    static final ArchRule servicesLiveInFeaturePackages = classes()
            .that().areAnnotatedWith(Service.class)
            .should().resideInAPackage("org.kogge.*")
            .andShould().resideOutsideOfPackages("org.kogge.ui", "org.kogge.common", "org.kogge.demo")
            .because("a service belongs to the feature whose rules it owns");

    /**
     * The iCalendar format is neutral: features use {@code org.kogge.ical}, and it uses none of them (so a feature
     * that writes a calendar file does not depend on the calendar feature and, through it, on schedules).
     */
    @ArchTest
    static final ArchRule icalDependsOnNoOtherPartOfKogge = noClasses()
            .that().resideInAPackage("org.kogge.ical..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.kogge..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("org.kogge.ical..")))
            .because("the iCalendar format knows nothing of events, schedules or ceremonies");

    /** Nothing prints to the console: use a logger, or show the user a message. */
    @ArchTest
    static final ArchRule noConsoleOutput = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule repositoriesLiveInFeaturePackages = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().resideInAPackage("org.kogge.*")
            .andShould().resideOutsideOfPackages("org.kogge.ui", "org.kogge.common", "org.kogge.demo");

    /** A feature's repositories are its own: package-private, reached by other features only through its services. */
    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic()
            .because("other features use a feature's service API and its DTOs, never its tables");

    /**
     * No bean that exists only in some profiles or under a condition ({@code @Profile}, {@code @ConditionalOn...}):
     * the production jar is built with Spring AOT, which fixes the beans at build time, so such a bean would be there
     * or not whatever the profile at run time. Decide at run time instead (as {@code DemoData} checks its profiles).
     */
    @ArchTest
    static final ArchRule noConditionalBeans = noClasses()
            .should().beMetaAnnotatedWith(Conditional.class)
            .because("Spring AOT fixes the beans at build time (the production jar)");

    @ArchTest
    static final ArchRule noConditionalBeanMethods = noMethods()
            .should().beMetaAnnotatedWith(Conditional.class)
            .because("Spring AOT fixes the beans at build time (the production jar)");
}
