package app.backcoach.safety;

import app.backcoach.MutableClock;
import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.security.AccountPrincipal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The red-flag check under any answers: a check with a question unanswered (or an answer to no question) is
 * refused with {@link IllegalArgumentException} and stores nothing; a complete one is stored with exactly the
 * "yes" answers given, and the state follows the most urgent of them.
 */
class SafetyInputPropertiesTest {

    private static AccountPrincipal person;

    private final SafetyService safety = PropertyContext.bean(SafetyService.class);
    private final SafetyData data = PropertyContext.bean(SafetyData.class);
    private final MutableClock clock = PropertyContext.bean(MutableClock.class);

    @BeforeContainer
    static void makeAccount() {
        person = PropertyContext.signInNew("safety-props");
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    @Property(tries = 50)
    void aCheckWithAQuestionUnansweredIsRefusedAndStoresNothing(@ForAll("incompleteAnswers") Map<RedFlag, Boolean> answers) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        SafetyStatus before = safety.status();
        SafetyData.Safety storedBefore = data.export();

        assertThatThrownBy(() -> safety.record(answers)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(safety.status()).isEqualTo(before);
        assertThat(data.export()).isEqualTo(storedBefore);
    }

    @Property(tries = 50)
    void aCompleteCheckIsStoredWithItsYesAnswers(@ForAll("completeAnswers") Map<RedFlag, Boolean> answers) {
        Set<RedFlag> yes = answers.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
        int checksBefore = data.export().checks().size();

        SafetyStatus status = safety.record(answers);

        assertThat(status).isEqualTo(safety.status());
        assertThat(status.yes()).isEqualTo(yes);
        assertThat(status.lastCheckedAt()).isEqualTo(clock.instant());
        assertThat(status.state()).isEqualTo(expectedState(yes));
        List<SafetyData.Check> checks = data.export().checks();
        assertThat(checks).hasSize(checksBefore + 1);
        assertThat(checks.getLast().yes()).containsExactlyInAnyOrderElementsOf(yes.stream().map(Enum::name).toList());
        // a doctor has seen them: the next try starts from a check that stands in nobody's way
        safety.confirmDoctorSeen();
        safety.acknowledgeWarning();
    }

    private static SafetyStatus.State expectedState(Set<RedFlag> yes) {
        if (yes.stream().anyMatch(flag -> flag.tier() == RedFlag.Tier.EMERGENCY)) {
            return SafetyStatus.State.EMERGENCY;
        }
        if (yes.stream().anyMatch(flag -> flag.tier() == RedFlag.Tier.SAME_DAY)) {
            return SafetyStatus.State.SAME_DAY;
        }
        return yes.isEmpty() ? SafetyStatus.State.CLEAR : SafetyStatus.State.WARNING;
    }

    @Provide
    Arbitrary<Map<RedFlag, Boolean>> completeAnswers() {
        return Arbitraries.subsetOf(RedFlag.values()).map(yes -> {
            Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
            for (RedFlag flag : RedFlag.values()) {
                answers.put(flag, yes.contains(flag));
            }
            return answers;
        });
    }

    /** Answers with at least one question left out or answered with nothing, or an answer to no question. */
    @Provide
    Arbitrary<Map<RedFlag, Boolean>> incompleteAnswers() {
        Arbitrary<Map<RedFlag, Boolean>> someMissing = completeAnswers().flatMap(answers ->
                Arbitraries.subsetOf(RedFlag.values()).ofMinSize(1).map(missing -> {
                    Map<RedFlag, Boolean> fewer = new HashMap<>(answers);
                    missing.forEach(fewer::remove);
                    return fewer;
                }));
        Arbitrary<Map<RedFlag, Boolean>> someNull = completeAnswers().flatMap(answers ->
                Arbitraries.subsetOf(RedFlag.values()).ofMinSize(1).map(blank -> {
                    Map<RedFlag, Boolean> withNull = new HashMap<>(answers);
                    blank.forEach(flag -> withNull.put(flag, null));
                    return withNull;
                }));
        Arbitrary<Map<RedFlag, Boolean>> toNoQuestion = completeAnswers().flatMap(answers ->
                Arbitraries.of(true, false).map(answer -> {
                    Map<RedFlag, Boolean> withNullQuestion = new HashMap<>(answers);
                    withNullQuestion.put(null, answer);
                    return withNullQuestion;
                }));
        return Arbitraries.oneOf(Arbitraries.just(null), someMissing, someNull, toNoQuestion);
    }
}
