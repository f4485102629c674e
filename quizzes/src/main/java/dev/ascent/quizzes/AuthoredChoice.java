package dev.ascent.quizzes;

/** An option or a matching prompt: {id, text, feedback}; feedback is null when absent. */
public record AuthoredChoice(String id, String text, String feedback) {
}
