package dev.ascent.cohort;

import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import dev.ascent.shared.PageFormat;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A cohort's invite codes for self-enrollment: create one with a seat limit and an expiry, list them. */
@Named
@ViewScoped
public class InvitesPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;

    @Inject
    InviteService invites;

    private Integer seats = 30;
    private LocalDate expiresOn;
    private String created;
    private transient List<InviteView> rows;

    public void load() {
        if (lookUp("Choose a cohort on its provider's page.", true)) {
            expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        }
    }

    /** The code works until the end of the chosen day (UTC). */
    public void create() {
        if (expiresOn == null) {
            PageActions.fieldError("create:expiresOn", "Expires on: choose the last day the code works.");
            return;
        }
        Map<String, Field> fields = Map.of("seatLimit", new Field("create:seats", "Seats"));
        PageActions.at("create").call(() -> invites.create(cohortId, seats,
                        expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()), "Code not created", fields)
                .ifPresent(invite -> {
                    created = invite.code();
                    rows = null;
                    PageActions.at("create").info("Code created", "Give learners the code " + invite.code()
                            + ": they enter it under “Join a cohort” on My learning.");
                });
    }

    @Override
    public String getTitle() {
        return cohort == null ? "Invite codes" : "Invite codes for " + cohort.name();
    }

    /** The newest code first. */
    public List<InviteView> getInvites() {
        if (rows == null) {
            rows = !isFound() ? List.of()
                    : PageActions.global().call(() -> invites.list(cohortId), "The codes could not be shown").orElse(List.of())
                            .stream().sorted(Comparator.comparing(InviteView::createdAt).reversed()).toList();
        }
        return rows;
    }

    public String seats(InviteView invite) {
        return invite.seatsUsed() + " of " + invite.seatLimit() + " taken";
    }

    public String when(Instant instant) {
        return PageFormat.when(instant);
    }

    public String inviteStatus(InviteView invite) {
        return invite.expired() ? "Expired" : invite.seatsUsed() >= invite.seatLimit() ? "Full" : "Open";
    }

    public String getCreated() {
        return created;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public int getMaxSeats() {
        return InviteService.MAX_SEATS;
    }
}
