package app.backcoach.safety;

/**
 * The questions of the red-flag check. Each is a sign that back pain may need a clinician: at once
 * ({@link Urgency#EMERGENCY}) or soon ({@link Urgency#SEE_DOCTOR_SOON}). The wording is in the
 * translations under {@code safety.flag.<name>}.
 */
public enum RedFlag {

    CANNOT_MOVE_LIMB(Urgency.EMERGENCY),
    BLADDER_OR_BOWEL(Urgency.EMERGENCY),
    SADDLE_NUMBNESS(Urgency.EMERGENCY),
    BOTH_LEGS_WEAK(Urgency.EMERGENCY),
    AFTER_MAJOR_FALL(Urgency.EMERGENCY),
    NEW_LEG_SYMPTOMS(Urgency.SEE_DOCTOR_SOON),
    FEVER_OR_UNWELL(Urgency.SEE_DOCTOR_SOON),
    WORSE_AT_NIGHT(Urgency.SEE_DOCTOR_SOON),
    LASTING_WEEKS(Urgency.SEE_DOCTOR_SOON);

    public enum Urgency {
        EMERGENCY, SEE_DOCTOR_SOON
    }

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String key() {
        return "safety.flag." + name();
    }
}
