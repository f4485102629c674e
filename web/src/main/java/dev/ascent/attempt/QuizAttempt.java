package dev.ascent.attempt;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An attempt in progress for the page: its items with the saved answers, and the times for the countdown. */
public class QuizAttempt implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final int number;
    private final Long deadline;
    private final long serverTime;
    private final List<ItemInProgress> items = new ArrayList<>();

    QuizAttempt(AttemptViews.Sheet sheet) {
        this.id = sheet.id();
        this.number = sheet.number();
        this.deadline = sheet.deadline() == null ? null : sheet.deadline().toEpochMilli();
        this.serverTime = sheet.serverTime().toEpochMilli();
        int n = 1;
        for (AttemptViews.PresentedItem item : sheet.items()) {
            items.add(new ItemInProgress(item, n++, sheet.responses().get(item.id())));
        }
    }

    boolean hasItem(String itemId) {
        return items.stream().anyMatch(i -> i.getId().equals(itemId));
    }

    public String getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    /** Epoch milliseconds by the server's clock, or null without a time limit. */
    public Long getDeadline() {
        return deadline;
    }

    /** The server's clock when the page was made, so the countdown does not trust the device clock. */
    public long getServerTime() {
        return serverTime;
    }

    public List<ItemInProgress> getItems() {
        return items;
    }

    public int getSize() {
        return items.size();
    }
}
