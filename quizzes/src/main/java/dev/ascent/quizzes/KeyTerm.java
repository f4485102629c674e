package dev.ascent.quizzes;

/** A glossary entry of a unit. */
public record KeyTerm(String term, String definition) {
}
