package dev.ascent.cohort;

import dev.ascent.course.CourseOutline;
import dev.ascent.course.CourseService;
import dev.ascent.quiz.Accommodation;
import dev.ascent.quiz.AccommodationService;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cohort's per-learner accommodations at one unit's quiz (app/teach/accommodations.xhtml?cohort=…&unit=u1),
 * for its instructors and its provider's admins: the list, give one (with a reason), remove one
 * (with a reason), and the change log. The service decides who may.
 */
@Named
@ViewScoped
public class AccommodationsPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    AccommodationService accommodations;
    @Inject
    CourseService courses;

    private String unit;
    private String personId;
    private Integer extraAttempts;
    private Integer extraMinutes;
    private Double timeMultiplier;
    private LocalDate closesOn;
    private String reason;
    private String removeReason;
    private transient AccommodationService.AccommodationsView view;
    private transient List<CourseOutline.UnitOutline> units;

    public void load() {
        if (!lookUp("Choose one of the cohorts you teach.", false)) {
            return;
        }
        if (unit == null || unit.isBlank()) {
            unit = getUnits().isEmpty() ? null : getUnits().get(0).id();
        }
    }

    public List<CourseOutline.UnitOutline> getUnits() {
        if (units == null) {
            units = cohort == null ? List.of() : PageActions.global().call(() -> courses.outline(cohort.courseSlug()),
                    "The units could not be shown").map(CourseOutline::units).orElse(List.of());
        }
        return units;
    }

    public AccommodationService.AccommodationsView getView() {
        if (view == null && cohort != null && unit != null) {
            view = PageActions.global().call(() -> accommodations.list(cohortId, unit), "Accommodations could not be shown")
                    .orElse(null);
        }
        return view;
    }

    /** Learners who may be given one: on the roster and not withdrawn. */
    public List<EnrollmentView> getCandidates() {
        return getRoster().stream().filter(e -> !withdrawn(e)).toList();
    }

    public String learnerLabel(EnrollmentView e) {
        String name = e.name() == null || e.name().isBlank() ? e.email() : e.name();
        return name + " (" + e.email() + ")";
    }

    public String nameOf(String person) {
        return getRoster().stream().filter(e -> Objects.equals(e.personId(), person)).findFirst()
                .map(this::learnerLabel).orElse(person);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The time granted, in words: "× 1.5 + 10 min", or "" when none. */
    public String time(Accommodation a) {
        String multiplier = a.timeMultiplier() == null || a.timeMultiplier() == 1.0 ? "" : "× " + a.timeMultiplier();
        String minutes = a.extraMinutes() == null || a.extraMinutes() == 0 ? "" : "+ " + a.extraMinutes() + " min";
        return (multiplier + " " + minutes).strip();
    }

    public void give() {
        Map<String, Field> fields = Map.of("reason", new Field("give:reason", "Reason"),
                "extraAttempts", new Field("give:extraAttempts", "Extra attempts"),
                "extraMinutes", new Field("give:extraMinutes", "Extra minutes"),
                "timeMultiplier", new Field("give:timeMultiplier", "Time multiplier"));
        // A close date on the page is the end of that day, UTC.
        Instant closes = closesOn == null ? null : closesOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        PageActions.at("give").call(() -> accommodations.put(cohortId, unit, personId == null ? "" : personId,
                        new Accommodation(extraAttempts, extraMinutes, timeMultiplier, closes, reason)),
                "Accommodation not given", fields)
                .ifPresent(given -> {
                    PageActions.at("give").info("Accommodation given", nameOf(given.personId()) + " now has "
                            + given.effective().attemptsAllowed() + " attempts (0 = unlimited)"
                            + (given.effective().timeLimitMinutes() == null ? "" : ", " + given.effective().timeLimitMinutes()
                            + " minutes") + (given.effective().closesAt() == null ? ""
                            : ", until " + when(given.effective().closesAt())) + ".");
                    personId = null;
                    extraAttempts = null;
                    extraMinutes = null;
                    timeMultiplier = null;
                    closesOn = null;
                    reason = null;
                    view = null;
                });
    }

    public void remove(String person) {
        PageActions.at("list").call(() -> accommodations.remove(cohortId, unit, person, removeReason),
                        "Accommodation not removed", Map.of("reason", new Field("list:removeReason", "Reason for removing")))
                .ifPresent(left -> {
                    PageActions.at("list").info("Accommodation removed", nameOf(person)
                            + " takes this quiz under the cohort's settings again.");
                    removeReason = null;
                    view = left;
                });
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public Integer getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(Integer extraAttempts) {
        this.extraAttempts = extraAttempts;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public Double getTimeMultiplier() {
        return timeMultiplier;
    }

    public void setTimeMultiplier(Double timeMultiplier) {
        this.timeMultiplier = timeMultiplier;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
