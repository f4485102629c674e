package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.quizzes.CourseLoader;
import dev.ascent.quizzes.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemCodecTest {

    @Test
    void every_bundled_item_reads_back_as_written_and_renders_the_same_for_any_seed() {
        List<Item> items = CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course").units().stream()
                .flatMap(unit -> unit.items().stream())
                .toList();
        assertTrue(items.stream().anyMatch(item -> item.let().size() > 1), "the course has items with chained lets");
        for (Item item : items) {
            Item stored = ItemCodec.fromJson(ItemCodec.toJson(item));
            assertEquals(List.copyOf(item.let().keySet()), List.copyOf(stored.let().keySet()), item.id());
            assertEquals(List.copyOf(item.answerPairs().keySet()), List.copyOf(stored.answerPairs().keySet()), item.id());
            for (long seed = -3; seed < 3; seed++) {
                assertEquals(item.render(seed), stored.render(seed), item.id() + " seed " + seed);
            }
        }
    }
}
