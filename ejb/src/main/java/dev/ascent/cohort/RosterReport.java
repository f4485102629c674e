package dev.ascent.cohort;

import java.util.List;

/**
 * The outcome of a roster import (or its preview, which writes nothing): how many data rows were
 * read, how many went (or would go) in, and every problem with its line number.
 * {@code newAccounts} counts people who had no account; {@code reactivated} withdrawn learners
 * who are back.
 */
public record RosterReport(boolean preview, int rows, int accepted, int rejected, int newAccounts, int reactivated,
                           List<RosterCsv.Issue> issues) {
}
