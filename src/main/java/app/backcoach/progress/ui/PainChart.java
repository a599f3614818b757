package app.backcoach.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Average pain per day before and after workouts, as two lines ({@code frontend/components/pain-chart.ts}). */
@Tag("bc-pain-chart")
@JsModule("./components/pain-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
class PainChart extends Component implements HasStyle {

    /** One value per label; {@code null} where the day has no rating. */
    void show(List<String> days, List<Double> before, List<Double> after, String beforeLabel, String afterLabel) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode labels = data.putArray("labels");
        days.forEach(labels::add);
        ArrayNode beforeValues = data.putArray("before");
        before.forEach(value -> beforeValues.add(value == null ? null : round(value)));
        ArrayNode afterValues = data.putArray("after");
        after.forEach(value -> afterValues.add(value == null ? null : round(value)));
        data.put("beforeLabel", beforeLabel);
        data.put("afterLabel", afterLabel);
        getElement().setProperty("data", data.toString());
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
