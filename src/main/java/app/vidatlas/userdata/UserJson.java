package app.vidatlas.userdata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The user's small JSON files (settings, reading list, recent folders) as Jackson trees.
 *
 * <p>They are read with Jackson's streaming parser alone, not an {@code ObjectMapper}: the first mapper of a JVM
 * costs about 0.1 s of CPU to set up (its date formats and type factory), and the settings are read while JavaFX
 * starts, where that tenth of a second was taken from JavaFX's own threads on a two-core machine (the first frame
 * 70 ms later; docs/benchmarks.md, "Start-up"). The mapper is made only to write, which happens later.
 */
public final class UserJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UserJson() {
    }

    /** Made on the first write, once. */
    private static final class Writer {
        static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * The first JSON value of these bytes (null when there is none), as {@code ObjectMapper.readTree} reads it: the
     * same node types, and what follows the value is not looked at.
     */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        }
    }

    /** Pretty-printed, as the app writes its files (two-space indents, one field per line). */
    public static byte[] write(JsonNode tree) throws IOException {
        return Writer.PRETTY.writeValueAsBytes(tree);
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    // Recursion is bounded: the parser refuses nesting deeper than its limit (1,000 by default) before it gets here.
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "the file ends inside a value");
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                JsonToken t = parser.nextToken();
                for (; t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new JsonParseException(parser, "an object not closed");
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
