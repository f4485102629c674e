package dev.ascent.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for the bench, read and written by JSON-P (Parsson), handed to the rest of the tool as plain
 * Java: objects become {@code Map} (in document order), arrays {@code List}, numbers {@code Double},
 * so an answer read back from the database compares equal to the one the bench sent.
 */
final class Json {
    private Json() {
    }

    static Object parse(String text) {
        // A parser rather than a JsonReader: the reader ignores what follows the first value.
        try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(text))) {
            parser.next();
            Object value = plain(parser.getValue());
            if (parser.hasNext()) {
                throw new IllegalArgumentException("JSON: trailing characters");
            }
            return value;
        } catch (jakarta.json.JsonException e) {
            throw new IllegalArgumentException("JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) parse(text);
    }

    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = jakarta.json.Json.createWriter(out)) {
            writer.write(json(value));
        }
        return out.toString();
    }

    /** The value without null members: what the server stores does not keep absent fields the same way. */
    static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put((String) k, withoutNulls(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Json::withoutNulls).toList();
        }
        return value;
    }

    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                return list;
            }
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                return ((JsonNumber) value).doubleValue();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return jakarta.json.Json.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return jakarta.json.Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger n) {
            return jakarta.json.Json.createValue(n);
        }
        if (value instanceof BigDecimal n) {
            return jakarta.json.Json.createValue(n);
        }
        if (value instanceof Number n) {
            return jakarta.json.Json.createValue(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(k.toString(), json(v)));
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }
}
