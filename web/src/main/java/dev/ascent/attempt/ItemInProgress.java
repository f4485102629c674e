package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One item of an attempt in progress, with the learner's saved answer filled in; a JavaBean for the page. */
public class ItemInProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final int number;
    private final String type;
    private final String stem;
    private final String unit;
    private final List<Option> options;
    private final List<Prompt> prompts;
    private final Boolean truth;
    private final String numberText;
    private final String text;
    private final boolean answered;

    ItemInProgress(AttemptViews.PresentedItem item, int number, AttemptViews.SavedAnswer saved) {
        Answer answer = saved == null ? null : saved.answer();
        this.id = item.id();
        this.number = number;
        this.type = item.type();
        this.stem = item.stem();
        this.unit = item.unit();
        List<String> selected = answer == null || answer.selected() == null ? List.of() : answer.selected();
        List<Option> opts = new ArrayList<>();
        for (AttemptViews.Choice choice : item.options()) {
            opts.add(new Option(choice.id(), choice.text(), selected.contains(choice.id())));
        }
        if ("ordering".equals(type) && !selected.isEmpty()) {
            // The saved order; options it does not name stay after it, as presented.
            opts.sort(Comparator.comparingInt(o -> selected.contains(o.getId()) ? selected.indexOf(o.getId()) : selected.size()));
        }
        this.options = opts;
        Map<String, String> pairs = answer == null || answer.pairs() == null ? Map.of() : answer.pairs();
        List<Prompt> ps = new ArrayList<>();
        for (AttemptViews.Choice prompt : item.prompts()) {
            ps.add(new Prompt(prompt.id(), prompt.text(), pairs.get(prompt.id())));
        }
        this.prompts = ps;
        this.truth = answer == null ? null : answer.truth();
        this.numberText = answer == null || answer.number() == null ? "" : plain(answer.number());
        this.text = answer == null || answer.text() == null ? "" : answer.text();
        this.answered = answer != null && (!selected.isEmpty() || !pairs.isEmpty() || truth != null
                || answer.number() != null || (answer.text() != null && !answer.text().isBlank()));
    }

    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    public String getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    public String getUnit() {
        return unit;
    }

    public List<Option> getOptions() {
        return options;
    }

    public List<Prompt> getPrompts() {
        return prompts;
    }

    public boolean isTruthTrue() {
        return Boolean.TRUE.equals(truth);
    }

    public boolean isTruthFalse() {
        return Boolean.FALSE.equals(truth);
    }

    public String getNumberText() {
        return numberText;
    }

    public String getText() {
        return text;
    }

    public boolean isAnswered() {
        return answered;
    }

    /** A choice; {@code selected} when the saved answer picks it. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String text;
        private final boolean selected;

        Option(String id, String text) {
            this(id, text, false);
        }

        Option(String id, String text, boolean selected) {
            this.id = id;
            this.text = text;
            this.selected = selected;
        }

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** A matching prompt and the option id the saved answer pairs it with, if any. */
    public static class Prompt implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String text;
        private final String chosen;

        Prompt(String id, String text, String chosen) {
            this.id = id;
            this.text = text;
            this.chosen = chosen;
        }

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public String getChosen() {
            return chosen;
        }
    }
}
