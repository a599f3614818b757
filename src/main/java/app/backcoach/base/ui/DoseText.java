package app.backcoach.base.ui;

import app.backcoach.base.Dosage;
import com.vaadin.flow.component.Component;

/** Writes a dose the way every screen shows it, e.g. "Hold 5 s · 10 reps · 2 sets". */
public final class DoseText {

    private DoseText() {
    }

    public static String of(Component component, Dosage dose) {
        String reps = component.getTranslation(dose.perSide() ? "dose.repsPerSide" : "dose.reps",
                dose.reps());
        return component.getTranslation("dose.summary",
                component.getTranslation("dose.hold", dose.holdSeconds()), reps,
                component.getTranslation("dose.sets", dose.sets()));
    }
}
