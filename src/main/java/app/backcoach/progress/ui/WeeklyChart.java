package app.backcoach.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Sessions per week as bars with the weekly target as a line ({@code frontend/components/weekly-chart.ts}). */
@Tag("bc-weekly-chart")
@JsModule("./components/weekly-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
class WeeklyChart extends Component {

    void show(List<String> weeks, List<Integer> sessions, int target, String sessionsLabel, String targetLabel) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode data = json.objectNode();
        ArrayNode labels = data.putArray("labels");
        weeks.forEach(labels::add);
        ArrayNode values = data.putArray("sessions");
        sessions.forEach(values::add);
        data.put("target", target);
        data.put("sessionsLabel", sessionsLabel);
        data.put("targetLabel", targetLabel);
        getElement().setProperty("data", data.toString());
    }
}
