package app.backcoach.safety.ui;

import app.backcoach.KaribuTest;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.base.ui.SafetyGate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SafetyCheckViewTest extends KaribuTest {

    @BeforeEach
    void newPerson() {
        signInAsNewUser();
    }

    @Test
    void theFirstWorkoutWaitsForTheCheckWhichLeadsBackToIt() {
        ui().navigate("workout/quick-relief");
        assertThat(buttons()).doesNotContain("Start workout").contains("Take the safety check");

        _click(_get(Button.class, spec -> spec.withText("Take the safety check")));
        _get(SafetyCheckView.class);
        answer(Set.of());

        assertThat(heading()).isEqualTo("Thank you");
        _click(_get(Button.class, spec -> spec.withText("Go to my workout")));
        assertThat(buttons()).contains("Start workout");
    }

    @Test
    void aYesToAnEmergencySignShowsTheEmergencyScreenAndBlocksStart() {
        ui().navigate("safety", QueryParameters.simple(Map.of("then", "workout/quick-relief")));
        answer(Set.of(RedFlag.CANNOT_MOVE_LIMB));

        assertThat(heading()).isEqualTo("Call emergency services now");
        assertThat(safety.status().state()).isEqualTo(SafetyStatus.State.EMERGENCY);

        ui().navigate("workout/quick-relief");
        assertThat(buttons()).doesNotContain("Start workout").contains("Open the safety check");
        assertThat(_get(SafetyGate.class).getElement().getTextRecursively()).contains("Workouts are locked");

        ui().navigate("safety");
        assertThat(heading()).as("the screen stays until cleared").isEqualTo("Call emergency services now");
        Button unlock = _get(Button.class, spec -> spec.withText("Go on with workouts"));
        assertThat(unlock.isEnabled()).isFalse();
        _get(Checkbox.class).setValue(true);
        _click(unlock);

        assertThat(heading()).isEqualTo("Thank you");
        ui().navigate("workout/quick-relief");
        assertThat(buttons()).contains("Start workout");
    }

    @Test
    void aWarningSignShowsTheAdviceAndCanBeAcknowledged() {
        ui().navigate("safety", QueryParameters.simple(Map.of("then", "workout/quick-relief")));
        answer(Set.of(RedFlag.UNWELL));

        assertThat(heading()).isEqualTo("See a doctor soon");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("Feeling unwell");
        ui().navigate("workout/quick-relief");
        assertThat(buttons()).doesNotContain("Start workout").contains("Read the advice");

        ui().navigate("safety", QueryParameters.simple(Map.of("then", "workout/quick-relief")));
        _click(_get(Button.class, spec -> spec.withText("I understand, continue")));
        _click(_get(Button.class, spec -> spec.withText("Go to my workout")));
        assertThat(buttons()).contains("Start workout");
    }

    @Test
    void aSameDaySignPausesWorkoutsWithoutTheEmergencyScreenUntilADoctorHasSeenThePerson() {
        ui().navigate("safety", QueryParameters.simple(Map.of("then", "workout/quick-relief")));
        answer(Set.of(RedFlag.WORSE_ON_COUGH));

        assertThat(heading()).isEqualTo("Call your doctor today");
        assertThat(_find(Div.class, spec -> spec.withClasses("emergency-panel"))).isEmpty();
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Pain worse when you sneeze, cough or poo");
        ui().navigate("workout/quick-relief");
        assertThat(buttons()).doesNotContain("Start workout").contains("Open the safety check");
        assertThat(_get(SafetyGate.class).getElement().getTextRecursively()).contains("Workouts are paused");

        ui().navigate("safety", QueryParameters.simple(Map.of("then", "workout/quick-relief")));
        _get(Checkbox.class).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Go on with workouts")));
        _click(_get(Button.class, spec -> spec.withText("Go to my workout")));
        assertThat(buttons()).contains("Start workout");
    }

    @Test
    void theQuestionsComeInThreeTiersAndASignADoctorSawAsksWhetherItChanged() {
        ui().navigate("safety");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly(
                "Right now, do you have any of these?", "Do you have any of these today?", "And any of these?");
        answer(Set.of(RedFlag.SERIOUS_ACCIDENT));
        _get(Checkbox.class).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Go on with workouts")));

        ui().navigate("safety");
        YesNoQuestion accident = _find(YesNoQuestion.class).stream()
                .filter(question -> question.flag() == RedFlag.SERIOUS_ACCIDENT).findFirst().orElseThrow();
        assertThat(accident.getLabel()).isEqualTo("A doctor has seen you about this: Back pain after a serious"
                + " accident. Is it new, worse or different since then?");
        answer(Set.of());
        assertThat(heading()).isEqualTo("Thank you");
    }

    @Test
    void theEmergencyScreenCallsTheNumberThePersonSet() {
        ui().navigate("safety");
        TextField number = _get(TextField.class, spec -> spec.withLabel("Your emergency number"));
        assertThat(number.getValue()).as("the UK's by default").isEqualTo("999");
        number.setValue("12a");
        answer(Set.of(RedFlag.CHEST_PAIN));
        assertThat(number.isInvalid()).isTrue();
        assertThat(safety.status().state()).as("nothing stored").isEqualTo(SafetyStatus.State.CHECK_NEEDED);

        number.setValue("000");
        answer(Set.of(RedFlag.CHEST_PAIN));
        assertThat(heading()).isEqualTo("Call emergency services now");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("call-button-main")).getHref()).isEqualTo("tel:000");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("call-button-main")).getText()).isEqualTo("Call 000");
    }

    @Test
    void unansweredQuestionsAreMarkedAndNothingIsStored() {
        ui().navigate("safety");
        _find(YesNoQuestion.class).stream().filter(question -> question.flag() != RedFlag.NO_IMPROVEMENT_TWO_WEEKS)
                .forEach(question -> question.setValue(false));
        _click(_get(Button.class, spec -> spec.withText("Done")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Please answer every question, then press Done.");
        assertThat(_find(YesNoQuestion.class)).filteredOn(YesNoQuestion::isInvalid).extracting(YesNoQuestion::flag)
                .containsExactly(RedFlag.NO_IMPROVEMENT_TWO_WEEKS);
        assertThat(safety.status().state()).isEqualTo(SafetyStatus.State.CHECK_NEEDED);
    }

    @Test
    void aBadReturnAddressIsIgnored() {
        ui().navigate("safety", QueryParameters.simple(Map.of("then", "../account")));
        answer(Set.of());
        assertThat(buttons()).doesNotContain("Go to my workout");
        assertThat(safety.status().mayExercise()).isTrue();
    }

    @Test
    void everyScreenShowsItsSource() {
        ui().navigate("safety");
        assertSource();
        answer(Set.of(RedFlag.NOT_IMPROVING));
        assertThat(heading()).isEqualTo("See a doctor soon");
        assertSource();
        _click(_get(Button.class, spec -> spec.withText("I understand, continue")));
        assertThat(heading()).isEqualTo("Thank you");
        assertSource();
        ui().navigate("");
        ui().navigate("safety");
        answer(Set.of(RedFlag.SERIOUS_ACCIDENT));
        assertThat(heading()).isEqualTo("Call emergency services now");
        assertSource();
        assertThat(_find(Anchor.class)).extracting(anchor -> anchor.getHref()).contains("tel:999", "tel:112", "tel:911");
    }

    private static void assertSource() {
        assertThat(_find(SourceLine.class)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.getText()).startsWith("Source: NHS "));
    }

    private static void answer(Set<RedFlag> yes) {
        _find(YesNoQuestion.class).forEach(question -> question.setValue(yes.contains(question.flag())));
        _click(_get(Button.class, spec -> spec.withText("Done")));
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    private static java.util.List<String> buttons() {
        return _find(Button.class).stream().map(Button::getText).toList();
    }
}
