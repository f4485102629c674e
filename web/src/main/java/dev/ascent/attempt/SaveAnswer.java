package dev.ascent.attempt;

import dev.ascent.quiz.Answer;

/**
 * Body of {@code PUT /api/attempts/{attemptId}/responses/{itemId}}.
 *
 * @param answer       the answer, one field per item type
 * @param baseRevision the revision of this item's answer the client last saw; 0 for the first save
 */
public record SaveAnswer(Answer answer, Integer baseRevision) {
}
