package app.backcoach.exercise;

/**
 * Who should ask a doctor or physiotherapist before doing an exercise, as a public source says (content notes,
 * "Who should ask a clinician first"). The wording is in the translations under {@code askFirst.<name>}, the
 * source under {@code askFirst.<name>.source}.
 */
public enum AskFirst {
    /** Knee-to-chest, single and double (Mayo Clinic). */
    OSTEOPOROSIS,
    /** The prayer stretch: not fully back onto the heels (NHS). */
    KNEE_PROBLEMS,
    /** Lying on the stomach later in pregnancy (NHS pregnancy exercise advice). */
    PREGNANCY,
    /** Every exercise: follow the surgeon's plan. */
    BACK_SURGERY;

    public String key() {
        return "askFirst." + name();
    }

    public String sourceKey() {
        return key() + ".source";
    }
}
