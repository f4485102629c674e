package dev.ascent.quiz;

import dev.ascent.quizzes.Item;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores authored items as JSON so a course version keeps its exact items after the files change. */
public final class ItemCodec {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ItemCodec() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /**
     * JSON-B reads a {@code Map} into a HashMap, which loses the written order; but {@code let}
     * values are evaluated in order (a later one may use an earlier one), so the ordered maps are
     * read again from the JSON as written.
     */
    public static Item fromJson(String json) {
        Item item = JSONB.fromJson(json, Item.class);
        JsonObject raw = Json.createReader(new StringReader(json)).readObject();
        return new Item(item.id(), item.type(), item.stem(), item.options(), item.prompts(), item.answerIds(),
                ordered(raw, "answerPairs", item.answerPairs()), item.answerTrue(), item.answerFormula(),
                item.tolerance(), item.unitLabel(), item.acceptedTexts(), item.pattern(),
                ordered(raw, "answerWhen", item.answerWhen()), item.params(), ordered(raw, "let", item.let()),
                item.explanation(), item.concepts(), item.difficulty(), item.objective(), item.file(), item.line());
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    private static Map<String, String> ordered(JsonObject raw, String field, Map<String, String> parsed) {
        if (!(raw.get(field) instanceof JsonObject written)) {
            return parsed;
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : written.entrySet()) {
            inOrder.put(entry.getKey(), parsed.get(entry.getKey()));
        }
        return inOrder;
    }
}
