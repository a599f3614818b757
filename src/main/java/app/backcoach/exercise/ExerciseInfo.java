package app.backcoach.exercise;

import java.util.List;
import java.util.Set;

/** One exercise of the catalogue as the app shows it: what it is for, how to do it, and where the advice comes from. */
public record ExerciseInfo(long id, String slug, String name, String purpose, Movement movement, String image, Dose dose,
                           List<String> steps, List<String> cautions, String source, String sourceUrl,
                           SourceRange sourceRange, Set<AskFirst> askFirst) {

    public ExerciseInfo {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        askFirst = Set.copyOf(askFirst);
    }

    /** The path of the exercise's drawing, relative to the app's root. */
    public String imagePath() {
        return "images/exercises/" + image;
    }
}
