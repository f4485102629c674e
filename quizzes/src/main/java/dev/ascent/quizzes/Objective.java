package dev.ascent.quizzes;

/** A learning objective of a unit; items point at it by id. */
public record Objective(String id, String text) {
}
