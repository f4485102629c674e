package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemTypeReaderTest {

    @Test
    void every_type_has_its_own_reader_of_known_fields() {
        Set<ItemTypeReader> readers = new java.util.HashSet<>();
        for (ItemType type : ItemType.values()) {
            ItemTypeReader reader = ItemTypeReader.of(type);
            assertTrue(readers.add(reader), type + " has a reader of its own");
            assertTrue(ItemTypeReader.TYPE_FIELDS.containsAll(reader.fields()), type + ": " + reader.fields());
        }
    }

    @Test
    void options_prompts_and_the_numeric_and_text_fields_belong_to_their_types() {
        assertEquals(EnumSet.of(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_RESPONSE, ItemType.ORDERING, ItemType.MATCHING),
                typesWith("options"));
        assertEquals(EnumSet.of(ItemType.MATCHING), typesWith("prompts"));
        assertEquals(EnumSet.of(ItemType.NUMERIC), typesWith("tolerance"));
        assertEquals(EnumSet.of(ItemType.NUMERIC), typesWith("unit"));
        assertEquals(EnumSet.of(ItemType.SHORT_TEXT), typesWith("pattern"));
        assertEquals(EnumSet.of(ItemType.SINGLE_CHOICE), typesWith("answer-when"));
    }

    private static EnumSet<ItemType> typesWith(String field) {
        EnumSet<ItemType> types = EnumSet.noneOf(ItemType.class);
        for (ItemType type : ItemType.values()) {
            if (ItemTypeReader.of(type).fields().contains(field)) {
                types.add(type);
            }
        }
        return types;
    }

    @Test
    void the_type_fields_are_optional_item_fields() {
        assertTrue(List.of("options", "prompts", "answer", "answer-when", "tolerance", "unit", "pattern", "params", "let")
                .containsAll(ItemTypeReader.TYPE_FIELDS));
    }
}
