package dev.ascent.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API strictly, then binds it with the shared JSON-B.
 * JSON-B alone wraps numbers (4294967346 into an int gives 50, 1e309 gives 0 or Infinity) and
 * takes any year an Instant can hold (+999999999), which the database then stores wrapped. Here
 * the body is first read as JSON and checked against the Java type it is bound to: whole numbers
 * in the type's range where integers are expected, finite numbers where decimals are, dates and
 * times from 1970 to 9999. Any failure is a 400 {@code validation} problem whose {@code errors}
 * name each field ({@code answer.number} inside an object, the key inside a map).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String DATE_RANGE = "must be between 1970-01-01 and 9999-12-31";

    /** The whole-number types and their ranges. */
    private static final Map<Class<?>, long[]> WHOLE = Map.of(
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first < 0) {
            return null; // no body: the resource says what it needs (Bodies.required)
        }
        in.unread(first);
        JsonValue json;
        try (JsonReader reader = Json.createReader(in)) {
            json = reader.readValue();
        } catch (JsonException | NumberFormatException | UnsupportedOperationException e) {
            throw DomainException.invalid("malformed-body", "The request body is not valid JSON for this endpoint");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        check(genericType, json, "", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation", "The request has invalid fields").with("errors", errors);
        }
        return JsonbResolver.shared().fromJson(json.toString(), genericType);
    }

    static void check(Type type, JsonValue value, String path, List<Problem.FieldError> errors) {
        Class<?> raw = rawType(type);
        if (raw == null || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (WHOLE.containsKey(raw)) {
            whole(value, WHOLE.get(raw), path, errors);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            finite(value, raw == Float.class || raw == float.class, path, errors);
        } else if (raw == Instant.class) {
            instant(value, path, errors);
        } else if (raw == LocalDate.class) {
            localDate(value, path, errors);
        } else if (raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(component.getGenericType(), object.get(component.getName()), join(path, component.getName()), errors);
            }
        } else if (Map.class.isAssignableFrom(raw) && value instanceof JsonObject object) {
            Type values = typeArgument(type, 1);
            object.forEach((key, member) -> check(values, member, join(path, key), errors));
        } else if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array) {
            Type elements = typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(elements, array.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static void whole(JsonValue value, long[] range, String path, List<Problem.FieldError> errors) {
        String expected = "must be a whole number from " + range[0] + " to " + range[1];
        if (!(value instanceof JsonNumber number)) {
            errors.add(new Problem.FieldError(path, expected));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0
                || decimal.compareTo(BigDecimal.valueOf(range[0])) < 0
                || decimal.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            errors.add(new Problem.FieldError(path, expected));
        }
    }

    private static void finite(JsonValue value, boolean single, String path, List<Problem.FieldError> errors) {
        double number = value instanceof JsonNumber n ? n.bigDecimalValue().doubleValue() : Double.NaN;
        if (!Double.isFinite(single ? (float) number : number)) {
            errors.add(new Problem.FieldError(path, "must be a finite number"));
        }
    }

    private static void instant(JsonValue value, String path, List<Problem.FieldError> errors) {
        try {
            Instant instant = Instant.from(DateTimeFormatter.ISO_INSTANT.parse(((JsonString) value).getString()));
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                errors.add(new Problem.FieldError(path, DATE_RANGE));
            }
        } catch (ClassCastException | DateTimeException e) {
            errors.add(new Problem.FieldError(path, "must be a date and time like 2027-03-01T17:00:00Z"));
        }
    }

    private static void localDate(JsonValue value, String path, List<Problem.FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(((JsonString) value).getString());
            if (date.getYear() < 1970 || date.getYear() > 9999) {
                errors.add(new Problem.FieldError(path, DATE_RANGE));
            }
        } catch (ClassCastException | DateTimeException e) {
            errors.add(new Problem.FieldError(path, "must be a date like 2027-03-01"));
        }
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawType(p.getRawType());
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawType(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
