package org.plenary.group;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One mapping of a group file with its place in it ({@code series[1]}), so that every error can name the file
 * and the field a secretariat has to fix. Not thread-safe; lives as long as one read.
 */
final class GroupFileNode {
    private final Path file;
    private final String path;
    private final JsonNode node;

    private GroupFileNode(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static GroupFileNode root(Path file, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new GroupFileException(file + ": expected a YAML mapping with the keys group, members, series, meetings, actions");
        }
        return new GroupFileNode(file, "", node);
    }

    /** Rejects keys the format does not know, so that a typo ({@code standing-item}) is not silently dropped. */
    void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw failure(name, "unknown key '" + name + "' (expected one of: "
                        + String.join(", ", new TreeSet<>(Arrays.asList(keys))) + ")");
            }
        }
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    GroupFileNode object(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw failure(key, "is required");
        }
        if (!value.isObject()) {
            throw failure(key, "must be a mapping of keys to values");
        }
        return new GroupFileNode(file, pathOf(key), value);
    }

    /** The mappings of a list; an absent key is an empty list. */
    List<GroupFileNode> objects(String key) {
        JsonNode value = node.get(key);
        List<GroupFileNode> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            throw failure(key, "must be a list");
        }
        for (int index = 0; index < value.size(); index++) {
            JsonNode element = value.get(index);
            String elementPath = pathOf(key) + "[" + index + "]";
            if (!element.isObject()) {
                throw new GroupFileException(file + ": " + elementPath + ": must be a mapping of keys to values");
            }
            result.add(new GroupFileNode(file, elementPath, element));
        }
        return result;
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> failure(key, "is required"));
    }

    Optional<String> optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = scalar(key, value).trim();
        if (text.isEmpty()) {
            throw failure(key, "must not be empty");
        }
        return Optional.of(text);
    }

    /** A list of scalars; a single scalar counts as a list of one, an absent key as an empty list. */
    List<String> texts(String key) {
        JsonNode value = node.get(key);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            result.add(optionalText(key).orElseThrow());
            return result;
        }
        for (int index = 0; index < value.size(); index++) {
            String text = scalar(key + "[" + index + "]", value.get(index)).trim();
            if (text.isEmpty()) {
                throw failure(key + "[" + index + "]", "must not be empty");
            }
            result.add(text);
        }
        return result;
    }

    /** Reads an optional value with {@code parser}; a parser's exception becomes an error naming the field. */
    <T> Optional<T> optional(String key, Function<String, T> parser, String expected) {
        return optionalText(key).map(text -> parse(key, text, parser, expected));
    }

    <T> T required(String key, Function<String, T> parser, String expected) {
        return parse(key, text(key), parser, expected);
    }

    <T> T parse(String key, String text, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw failure(key, "'" + text + "' is not " + expected);
        }
    }

    GroupFileException failure(String key, String problem) {
        return new GroupFileException(file + ": " + pathOf(key) + ": " + problem);
    }

    private String scalar(String key, JsonNode value) {
        // YAML 1.1 reads yes/no/on/off as booleans: a name or title that looks like one must be quoted.
        if (value.isBoolean()) {
            throw failure(key, "reads as a yes/no value; put it in quotes");
        }
        if (!value.isValueNode()) {
            throw failure(key, "must be a single value, not a list or mapping");
        }
        return value.asText();
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
