package app.backcoach.safety;

import app.backcoach.BackCoachTest;
import app.backcoach.Gens;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.UserRows;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;

/**
 * The red-flag check under any answers: a check with a question unanswered (or an answer to no question) is
 * refused with {@link IllegalArgumentException} and stores nothing; a complete one is stored with exactly the
 * "yes" answers given, and the state follows the most urgent of them.
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyInputPropertiesTest {

    private static final List<RedFlag> FLAGS = List.of(RedFlag.values());

    @Autowired
    SafetyService safety;
    @Autowired
    SafetyData data;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal person;

    @BeforeAll
    void makeAccount() {
        person = TestAccounts.create(accounts, "safety-props");
    }

    @BeforeEach
    void signIn() {
        SignedIn.as(person);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aCheckWithAQuestionUnansweredIsRefusedAndStoresNothing() {
        qt().withExamples(50).forAll(incompleteAnswers()).checkAssert(answers -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            SafetyStatus before = safety.status();
            SafetyData.Safety storedBefore = data.export();

            assertThatThrownBy(() -> safety.record(answers)).isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(safety.status()).isEqualTo(before);
            assertThat(data.export()).isEqualTo(storedBefore);
        });
    }

    @Test
    void aCompleteCheckIsStoredWithItsYesAnswers() {
        qt().withExamples(50).forAll(completeAnswers()).checkAssert(answers -> {
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
            assertThat(checks.getLast().yes())
                    .containsExactlyInAnyOrderElementsOf(yes.stream().map(Enum::name).toList());
            // a doctor has seen them: the next example starts from a check that stands in nobody's way
            safety.confirmDoctorSeen();
            safety.acknowledgeWarning();
        });
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

    private static Gen<Map<RedFlag, Boolean>> completeAnswers() {
        return Gens.subsetOf(FLAGS, 0).map(yes -> {
            Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
            for (RedFlag flag : FLAGS) {
                answers.put(flag, yes.contains(flag));
            }
            return answers;
        });
    }

    /** Answers with at least one question left out or answered with nothing, or an answer to no question. */
    private static Gen<Map<RedFlag, Boolean>> incompleteAnswers() {
        Gen<Map<RedFlag, Boolean>> someMissing = completeAnswers().zip(Gens.subsetOf(FLAGS, 1), (answers, missing) -> {
            Map<RedFlag, Boolean> fewer = new HashMap<>(answers);
            missing.forEach(fewer::remove);
            return fewer;
        });
        Gen<Map<RedFlag, Boolean>> someNull = completeAnswers().zip(Gens.subsetOf(FLAGS, 1), (answers, blank) -> {
            Map<RedFlag, Boolean> withNull = new HashMap<>(answers);
            blank.forEach(flag -> withNull.put(flag, null));
            return withNull;
        });
        Gen<Map<RedFlag, Boolean>> toNoQuestion = completeAnswers().zip(booleans().all(), (answers, answer) -> {
            Map<RedFlag, Boolean> withNullQuestion = new HashMap<>(answers);
            withNullQuestion.put(null, answer);
            return withNullQuestion;
        });
        return Generate.oneOf(Gens.none(), someMissing, someNull, toNoQuestion);
    }
}
