package dev.ascent.cohort;

import dev.ascent.identity.Navigation;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A cohort's invite codes for self-enrollment: create one with a seat limit and an expiry, list them. */
@Named
@ViewScoped
public class InvitesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;
    @Inject
    InviteService invites;
    @Inject
    Navigation navigation;

    private String cohortId;
    private String cohortName;
    private String providerId;
    private String providerName;
    private Integer seats = 30;
    private LocalDate expiresOn;
    private String created;
    private transient List<InviteRow> rows;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        if (cohortId == null || cohortId.isBlank()) {
            PageActions.global().error("No cohort", "Choose a cohort on its provider's page.");
            return;
        }
        PageActions.global().call(() -> cohorts.get(cohortId), "Cohort not found")
                .filter(cohort -> CohortAdminPage.managed(navigation, cohort)).ifPresent(cohort -> {
            cohortName = cohort.name();
            providerId = cohort.providerId();
            providerName = cohort.providerName();
        });
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

    public boolean isFound() {
        return cohortName != null;
    }

    public String getTitle() {
        return cohortName == null ? "Invite codes" : "Invite codes for " + cohortName;
    }

    public List<InviteRow> getInvites() {
        if (rows == null) {
            rows = !isFound() ? List.of()
                    : PageActions.global().call(() -> invites.list(cohortId), "The codes could not be shown").orElse(List.of())
                            .stream().sorted(Comparator.comparing(InviteView::createdAt).reversed()).map(InviteRow::new).toList();
        }
        return rows;
    }

    public String getCreated() {
        return created;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getProviderName() {
        return providerName;
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

    public static class InviteRow {
        private final InviteView invite;

        InviteRow(InviteView invite) {
            this.invite = invite;
        }

        public String getCode() {
            return invite.code();
        }

        public String getSeats() {
            return invite.seatsUsed() + " of " + invite.seatLimit() + " taken";
        }

        public String getExpires() {
            return PageFormat.when(invite.expiresAt());
        }

        public String getCreated() {
            return PageFormat.when(invite.createdAt());
        }

        public String getStatus() {
            return invite.expired() ? "Expired" : invite.seatsUsed() >= invite.seatLimit() ? "Full" : "Open";
        }
    }
}
