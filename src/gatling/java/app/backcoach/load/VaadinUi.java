package app.backcoach.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Vaadin Flow UI as its browser sees it, without a browser: the UI id and CSRF token from the init
 * answer, the {@code syncId}/{@code clientId} pair every request must carry, and the tree of state nodes
 * that the server's {@code changes} build (tags, texts, children, properties), so that a test can find
 * "the button that says Start workout" or "the bc-phase-timer" and send it an event. Plain Java (Jackson
 * only), used by the Gatling simulations; one instance per simulated browser tab, not thread-safe.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Flow's node features that matter here (StateNode features, by their wire ids). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    /**
     * What the browser's web components report for a synchronized property the server has not set, at the
     * 1280 x 800 window the init request names (Vaadin's app layout shows its drawer there, not as an overlay).
     */
    private static final Map<String, JsonNode> COMPONENT_DEFAULTS = Map.of(
            "checked", JSON.getNodeFactory().booleanNode(false),
            "expanded", JSON.getNodeFactory().booleanNode(false),
            "collapsed", JSON.getNodeFactory().booleanNode(false),
            "opened", JSON.getNodeFactory().booleanNode(false),
            "drawerOpened", JSON.getNodeFactory().booleanNode(true),
            "overlay", JSON.getNodeFactory().booleanNode(false),
            "value", JSON.getNodeFactory().textNode(""));

    /** An element's listener for "{@code event}" that keeps {@code properties} in step with the server. */
    private record PropertySync(int node, String event, List<String> properties) {
    }

    private static final class Node {
        String tag;
        String text;
        int parent = -1;
        final List<Integer> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The server's constant pool: listener declarations are sent once, then named by their key. */
    private final Map<String, JsonNode> constants = new HashMap<>();
    /** Synchronized properties of elements that arrived in the last answers, not yet reported. */
    private final List<PropertySync> unreported = new ArrayList<>();
    private String uiId;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;

    public String uiId() {
        return uiId;
    }

    /** Reads the answer to {@code GET /?v-r=init&location=...}: the UI id, the CSRF token, the first page. */
    public String init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            uiId = config.path("v-uiId").asText(null);
            if (uiId == null) {
                return "no UI id in the init answer (signed out?)";
            }
            return apply(config.path("uidl"));
        } catch (Exception e) {
            return "unreadable init answer: " + e.getMessage();
        }
    }

    /** Reads the answer to a {@code ?v-r=uidl} request; returns "ok" or what was wrong with it. */
    public String update(String body) {
        try {
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            JsonNode answer = JSON.readTree(json);
            return apply(answer.isArray() ? answer.get(0) : answer);
        } catch (Exception e) {
            return "unreadable answer: " + e.getMessage();
        }
    }

    private String apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            return "app error: " + meta.get("appError");
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        return "ok";
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, key -> new Node());
            case "detach" -> nodes.remove(id);
            case "put" -> {
                Node node = nodes.computeIfAbsent(id, key -> new Node());
                String key = change.path("key").asText();
                if (feature == ELEMENT_DATA && key.equals("tag")) {
                    node.tag = change.path("value").asText();
                } else if (feature == TEXT_NODE && key.equals("text")) {
                    node.text = change.path("value").asText();
                } else if (feature == ELEMENT_PROPERTIES) {
                    node.properties.put(key, change.path("value"));
                } else if (feature == ELEMENT_LISTENERS) {
                    // "}name" in a listener's declaration: the property that the browser sends with the event
                    List<String> synced = new ArrayList<>();
                    constants.getOrDefault(change.path("value").asText(), JSON.createObjectNode()).fieldNames()
                            .forEachRemaining(expression -> {
                                if (expression.startsWith("}")) {
                                    synced.add(expression.substring(1));
                                }
                            });
                    if (!synced.isEmpty()) {
                        unreported.add(new PropertySync(id, key, synced));
                    }
                }
            }
            case "splice" -> {
                if (feature != ELEMENT_CHILDREN) {
                    return;
                }
                Node node = nodes.computeIfAbsent(id, key -> new Node());
                int index = change.path("index").asInt();
                int removed = change.path("remove").asInt(0);
                for (int i = 0; i < removed && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                int at = index;
                for (JsonNode child : change.path("addNodes")) {
                    node.children.add(Math.min(at++, node.children.size()), child.asInt());
                    nodes.computeIfAbsent(child.asInt(), key -> new Node()).parent = id;
                }
            }
            case "clear" -> {
                Node node = nodes.get(id);
                if (feature == ELEMENT_CHILDREN && node != null) {
                    node.children.clear();
                }
            }
            default -> {
                // removal of a map key, lists of other features: nothing this client needs
            }
        }
    }

    /** The element with this tag whose text (its own text nodes, at any depth) is exactly {@code text}. */
    public Optional<Integer> find(String tag, String text) {
        return nodes.entrySet().stream()
                .filter(entry -> text.equals(entry.getValue().text))
                .map(entry -> ancestor(entry.getKey(), tag))
                .filter(id -> id >= 0 && attached(id))
                .findFirst();
    }

    /** The first element with this tag that is in the page. */
    public Optional<Integer> find(String tag) {
        return nodes.entrySet().stream()
                .filter(entry -> tag.equals(entry.getValue().tag) && attached(entry.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether any text in the page, or a text property such as a card's title, reads exactly {@code text}. */
    public boolean shows(String text) {
        return nodes.values().stream().anyMatch(node -> text.equals(node.text)
                || node.properties.values().stream().anyMatch(value -> value.isTextual() && text.equals(value.asText())));
    }

    public JsonNode property(int node, String name) {
        Node found = nodes.get(node);
        return found == null ? null : found.properties.get(name);
    }

    private int ancestor(int id, String tag) {
        for (int at = id, steps = 0; at >= 0 && steps < 100; steps++) {
            Node node = nodes.get(at);
            if (node == null) {
                return -1;
            }
            if (tag.equals(node.tag)) {
                return at;
            }
            at = node.parent;
        }
        return -1;
    }

    /** Whether the node is still in the page: the server sends "detach" for every node it drops. */
    private boolean attached(int id) {
        return nodes.containsKey(id);
    }

    /** The body of a request that navigates to {@code route}, as a click on a router link would. */
    public String navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return event(1, "ui-navigate", data);
    }

    public String click(int node) {
        return event(node, "click", JSON.createObjectNode());
    }

    /** The body of a request that sends a DOM event; {@code data} holds the listener's declared expressions. */
    public String event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return request(JSON.createArrayNode().add(rpc));
    }

    /** Whether elements with synchronized properties arrived that the browser would now report. */
    public boolean hasUnreportedProperties() {
        return unreported.stream().anyMatch(sync -> attached(sync.node()));
    }

    /**
     * The body of the request the browser sends right after it has drawn an answer with such elements: for
     * each, its "-changed" event, then the properties' values ({@code mSync}), as the server set them or as
     * the web component starts (a property of neither kind is left out).
     */
    public String reportProperties() {
        ArrayNode rpcs = JSON.createArrayNode();
        List<PropertySync> syncs = unreported.stream().filter(sync -> attached(sync.node())).toList();
        unreported.clear();
        syncs.forEach(sync -> rpcs.addObject().put("type", "event").put("node", sync.node()).put("event", sync.event())
                .putObject("data"));
        for (PropertySync sync : syncs) {
            for (String name : sync.properties()) {
                JsonNode value = Optional.ofNullable(nodes.get(sync.node()).properties.get(name))
                        .orElse(COMPONENT_DEFAULTS.get(name));
                if (value != null) {
                    rpcs.addObject().put("type", "mSync").put("node", sync.node()).put("feature", ELEMENT_PROPERTIES)
                            .put("property", name).set("value", value);
                }
            }
        }
        return request(rpcs);
    }

    public static ObjectNode data() {
        return JSON.createObjectNode();
    }

    private String request(ArrayNode rpcs) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        body.set("rpc", rpcs);
        body.put("syncId", syncId).put("clientId", clientId);
        return body.toString();
    }
}
