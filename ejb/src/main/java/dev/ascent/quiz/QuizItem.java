package dev.ascent.quiz;

import dev.ascent.quizzes.Item;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a quiz pool; the full authored definition (with its key) is stored as JSON. */
@Entity
@Table(name = "quiz_item")
public class QuizItem {
    @Id
    private String id;
    @Column(name = "quiz_id", nullable = false)
    private String quizId;
    @Column(name = "item_key", nullable = false)
    private String itemKey;
    @Column(nullable = false)
    private int position;
    @Column(name = "item_type", nullable = false)
    private String itemType;
    @Column(nullable = false)
    private String concepts;
    @Column(nullable = false)
    private String definition;

    protected QuizItem() {
    }

    public QuizItem(Quiz quiz, int position, Item item) {
        this.id = Ids.newId();
        this.quizId = quiz.getId();
        this.itemKey = item.id();
        this.position = position;
        this.itemType = item.type().yamlName();
        this.concepts = String.join(",", item.concepts());
        this.definition = ItemCodec.toJson(item);
    }

    public String getId() {
        return id;
    }

    public String getQuizId() {
        return quizId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getPosition() {
        return position;
    }

    public String getItemType() {
        return itemType;
    }

    public String getConcepts() {
        return concepts;
    }

    public Item definition() {
        return ItemCodec.fromJson(definition);
    }
}
