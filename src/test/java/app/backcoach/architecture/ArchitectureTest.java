package app.backcoach.architecture;

import app.backcoach.exercise.SideMode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of docs/architecture.md, kept by the build: features (one top-level package each) without
 * cycles, the ground floor ({@code base}) beneath them all, a plain-Java engine, pages of other features
 * reached only by their addresses, and each feature's tables read and written only by that feature.
 */
@AnalyzeClasses(packages = "app.backcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE = Pattern.compile("app\\.backcoach\\.(\\w+)(\\..*)?");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("app.backcoach.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theGroundFloorImportsNoFeature = noClasses().that().resideInAPackage("app.backcoach.base..")
            .should().dependOnClassesThat(resideInAPackage("app.backcoach..")
                    .and(DescribedPredicate.not(resideInAPackage("app.backcoach.base.."))));

    @ArchTest
    static final ArchRule theEngineIsPlainJava = classes().that().resideInAPackage("app.backcoach.engine..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "app.backcoach.engine..")
                    .or(equivalentTo(SideMode.class)).or(JavaClass.Predicates.simpleNameEndingWith("[]"))
                    .or(DescribedPredicate.describe("primitive", JavaClass::isPrimitive)));

    @ArchTest
    static final ArchRule onlyUiCodeUsesUiClasses = noClasses().that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveSimpleName("Application")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    /**
     * Shared widgets live in base.ui; another feature's page is reached by its address constant (e.g.
     * {@code CareView.PATH}), which the compiler copies in, so no class of another feature's ui package is
     * used at all. A use of the class (its static open, a method reference) would make the production bundle
     * load that page's components with this one's (decision 24).
     */
    @ArchTest
    static final ArchRule otherFeaturesPagesOnlyByAddress = classes().that().resideInAPackage("app.backcoach..")
            .should(new ArchCondition<>("not use another feature's ui package (link to its pages by address)") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> from = feature(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        Optional<String> to = feature(target);
                        boolean otherFeaturesUi = to.isPresent() && !to.equals(from) && !to.get().equals("base")
                                && target.getPackageName().contains(".ui");
                        if (otherFeaturesUi) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that().areAssignableTo(Repository.class)
            .and().resideInAPackage("app.backcoach..").should().notHaveModifier(PUBLIC);

    /** Raw SQL and the entity manager only where a feature reads or writes its own tables (see TableOwnershipTest). */
    @ArchTest
    static final ArchRule rawSqlOnlyInServicesAndRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /** Vaadin's Icon and its 600-icon set load with the first page; the app's icons come from AppIcon's sprite. */
    @ArchTest
    static final ArchRule iconsOnlyFromTheAppsSprite = noClasses().that().resideInAPackage("app.backcoach..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.icon.Icon")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.icon.VaadinIcon");

    private static Optional<String> feature(JavaClass type) {
        Matcher matcher = FEATURE.matcher(type.getName());
        return matcher.matches() && matcher.group(2) != null ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
