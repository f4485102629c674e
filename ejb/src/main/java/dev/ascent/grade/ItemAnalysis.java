package dev.ascent.grade;

import java.util.List;

/**
 * Item analysis of one quiz in one cohort, from its submitted attempts (see {@link ItemStatistics}
 * for how each figure is computed). For staff only: it names the correct options.
 *
 * @param discriminationMethod how discrimination is computed (item–rest point-biserial)
 * @param flagMinAttempts      flags are raised once an item was in at least this many attempts
 */
public record ItemAnalysis(String cohortId, String quizId, String unitKey, String quizTitle, int attempts, Double alpha,
                           String discriminationMethod, int flagMinAttempts, List<ItemRow> items) {

    /**
     * @param attempts how many submitted attempts drew the item
     * @param options  choice counts per option (single-choice, multiple-response, true-false); empty otherwise
     */
    public record ItemRow(String itemKey, int position, String type, String stem, int attempts, double facility,
                          Double discrimination, List<String> flags, List<OptionCount> options) {
    }

    /** How many submitted attempts chose the option; {@code correct} marks the key. */
    public record OptionCount(String id, String text, boolean correct, int chosen) {
    }
}
