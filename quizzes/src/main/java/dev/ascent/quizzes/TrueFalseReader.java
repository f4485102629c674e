package dev.ascent.quizzes;

import java.util.List;

/** true-false: a statement and whether it is true ({@code answer}: true/false, yes/no, on/off). */
final class TrueFalseReader implements ItemTypeReader {
    static final TrueFalseReader INSTANCE = new TrueFalseReader();

    @Override
    public List<String> fields() {
        return List.of();
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        String s = in.r.text(in.answer(), "answer");
        if (s != null) {
            switch (s.toLowerCase()) {
                case "true", "yes", "on" -> key.isTrue = true;
                case "false", "no", "off" -> key.isTrue = false;
                default -> in.r.problem(in.answer(), "a true-false answer must be true or false, not '" + s + "'");
            }
        }
    }
}
