package app.backcoach.base;

/** Addresses of the public guidance that the app's advice is based on. */
public final class Sources {

    public static final String NHS_EXERCISES = "https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/";

    public static final String NHS_INFORM_EXERCISES = "https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/";
    public static final String NHS_BACK_PAIN = "https://www.nhs.uk/conditions/back-pain/";
    public static final String MAYO_KNEE_TO_CHEST = "https://www.mayoclinic.org/healthy-lifestyle/fitness/multimedia/stretching/sls-20076840";

    private Sources() {
    }
}
