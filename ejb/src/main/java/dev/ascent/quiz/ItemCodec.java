package dev.ascent.quiz;

import dev.ascent.quizzes.Item;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Stores authored items as JSON so a course version keeps its exact items after the files change. */
public final class ItemCodec {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ItemCodec() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    public static Item fromJson(String json) {
        return JSONB.fromJson(json, Item.class);
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
