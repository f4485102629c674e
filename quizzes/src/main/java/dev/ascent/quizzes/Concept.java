package dev.ascent.quizzes;

/** A tag from the course vocabulary that items point at. */
public record Concept(String id, String title) {
}
