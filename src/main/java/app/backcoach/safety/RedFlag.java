package app.backcoach.safety;

/**
 * The questions of the red-flag check, each a sign that back pain needs a doctor: now, by calling the
 * emergency number ({@link Tier#EMERGENCY}); today ({@link Tier#SAME_DAY}); or soon ({@link Tier#SOON}).
 * The tiers and signs follow the content notes ("When to stop and get help"). The wording is in the
 * translations under {@code safety.flag.<name>}; each tier names its sources under {@code safety.source.<tier>}.
 */
public enum RedFlag {

    CANNOT_MOVE_LIMB(Tier.EMERGENCY),
    BOTH_LEGS(Tier.EMERGENCY),
    SADDLE_NUMBNESS(Tier.EMERGENCY),
    BLADDER_OR_BOWEL(Tier.EMERGENCY),
    ERECTION_PROBLEMS(Tier.EMERGENCY),
    CHEST_PAIN(Tier.EMERGENCY),
    SERIOUS_ACCIDENT(Tier.EMERGENCY),
    NEW_LEG_SYMPTOMS(Tier.SAME_DAY),
    HIGH_TEMPERATURE(Tier.SAME_DAY),
    WEIGHT_LOSS(Tier.SAME_DAY),
    LUMP_OR_SHAPE(Tier.SAME_DAY),
    NOT_EASED_BY_REST(Tier.SAME_DAY),
    WORSE_ON_COUGH(Tier.SAME_DAY),
    BETWEEN_SHOULDER_BLADES(Tier.SAME_DAY),
    UNWELL(Tier.SOON),
    NOT_IMPROVING(Tier.SOON),
    NO_IMPROVEMENT_TWO_WEEKS(Tier.SOON);

    /** How soon a sign needs a doctor, and so what BackCoach does about a "yes". */
    public enum Tier {
        /** Call the emergency number now; workouts are locked until a doctor has seen the person. */
        EMERGENCY,
        /** Call the doctor now or an urgent-care line today; workouts pause until a doctor has seen them. */
        SAME_DAY,
        /** Contact a doctor soon; the person may go on once they have read the advice. */
        SOON;

        /** Whether a "yes" in this tier stops workouts until the person says a doctor has seen them. */
        public boolean needsDoctorFirst() {
            return this != SOON;
        }

        public String sourceKey() {
            return "safety.source." + name();
        }
    }

    private final Tier tier;

    RedFlag(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }

    public String key() {
        return "safety.flag." + name();
    }
}
