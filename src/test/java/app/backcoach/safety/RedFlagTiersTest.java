package app.backcoach.safety;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static app.backcoach.safety.RedFlag.Tier.EMERGENCY;
import static app.backcoach.safety.RedFlag.Tier.SAME_DAY;
import static app.backcoach.safety.RedFlag.Tier.SOON;
import static org.assertj.core.api.Assertions.assertThat;

/** The three tiers of the content notes ("When to stop and get help"), sign by sign. */
class RedFlagTiersTest {

    @Test
    void emergencySignsAreTheOnesTheNhsSaysToCallTheEmergencyNumberFor() {
        assertThat(Arrays.stream(RedFlag.values()).filter(flag -> flag.tier() == EMERGENCY)).containsExactlyInAnyOrder(
                RedFlag.CANNOT_MOVE_LIMB, RedFlag.BOTH_LEGS, RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_OR_BOWEL,
                RedFlag.ERECTION_PROBLEMS, RedFlag.CHEST_PAIN, RedFlag.SERIOUS_ACCIDENT);
    }

    @Test
    void newOrWorseLegSymptomsAreASameDayMatterNotASoonOne() {
        assertThat(Arrays.stream(RedFlag.values()).filter(flag -> flag.tier() == SAME_DAY)).containsExactlyInAnyOrder(
                RedFlag.NEW_LEG_SYMPTOMS, RedFlag.HIGH_TEMPERATURE, RedFlag.WEIGHT_LOSS, RedFlag.LUMP_OR_SHAPE,
                RedFlag.NOT_EASED_BY_REST, RedFlag.WORSE_ON_COUGH, RedFlag.BETWEEN_SHOULDER_BLADES);
    }

    @Test
    void soonSignsLetThePersonGoOnOnceRead() {
        assertThat(Arrays.stream(RedFlag.values()).filter(flag -> flag.tier() == SOON))
                .containsExactlyInAnyOrder(RedFlag.UNWELL, RedFlag.NOT_IMPROVING, RedFlag.NO_IMPROVEMENT_TWO_WEEKS);
        assertThat(SOON.needsDoctorFirst()).isFalse();
        assertThat(SAME_DAY.needsDoctorFirst()).isTrue();
        assertThat(EMERGENCY.needsDoctorFirst()).isTrue();
    }
}
