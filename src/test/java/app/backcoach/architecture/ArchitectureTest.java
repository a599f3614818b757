package app.backcoach.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "app.backcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("app.backcoach.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyUiCodeUsesUiClasses = noClasses().that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveSimpleName("Application")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule theWorkoutEngineIsPlainJava = noClasses().that().resideInAPackage("app.backcoach.workout.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..")
            .allowEmptyShould(true);
}
