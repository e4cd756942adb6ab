package org.plenary.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Reading the explain JSON in tests: its commands as maps, its errors as strings. */
final class Explained {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Explained() {
    }

    static List<Map<String, Object>> commands(JsonNode explained) {
        return JSON.convertValue(explained.get("commands"), new TypeReference<>() { });
    }

    static Map<String, Object> onlyCommand(JsonNode explained) {
        List<Map<String, Object>> commands = commands(explained);
        if (commands.size() != 1) {
            throw new AssertionError("expected one command, got " + explained.toPrettyString());
        }
        return commands.get(0);
    }

    static List<String> types(JsonNode explained) {
        return commands(explained).stream().map(c -> (String) c.get("type")).toList();
    }

    static List<String> errors(JsonNode explained) {
        return JSON.convertValue(explained.get("errors"), new TypeReference<>() { });
    }

    static String reply(JsonNode explained) {
        return explained.get("reply").asText();
    }
}
