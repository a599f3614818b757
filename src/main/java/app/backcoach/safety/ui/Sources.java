package app.backcoach.safety.ui;

/** Addresses of the public guidance that the app's advice is based on. */
public final class Sources {

    public static final String NHS_EXERCISES = "https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/";

    private Sources() {
    }
}
