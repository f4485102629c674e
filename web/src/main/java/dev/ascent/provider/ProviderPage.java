package dev.ascent.provider;

import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.cohort.NewCohort;
import dev.ascent.course.CourseOutline;
import dev.ascent.course.CourseService;
import dev.ascent.identity.PersonRef;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One provider: branding, administrators, cohorts (list and create). */
@Named
@ViewScoped
public class ProviderPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Field> BRANDING = Map.of(
            "name", new Field("branding:name", "Name"),
            "logoUrl", new Field("branding:logoUrl", "Logo address"),
            "primaryColor", new Field("branding:primaryColor", "Main colour"),
            "accentColor", new Field("branding:accentColor", "Accent colour"),
            "signatoryName", new Field("branding:signatoryName", "Signatory's name"),
            "signatoryTitle", new Field("branding:signatoryTitle", "Signatory's title"));

    @Inject
    ProviderService providers;
    @Inject
    CohortService cohortService;
    @Inject
    CourseService courses;

    private String providerId;
    private ProviderView provider;
    // Branding form
    private String name;
    private String logoUrl;
    private String primaryColor;
    private String accentColor;
    private String signatoryName;
    private String signatoryTitle;
    // Add an admin
    private String adminEmail;
    private String adminName;
    // New cohort
    private String cohortName;
    private String courseSlug;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private transient List<CohortView> cohorts;
    private transient List<CourseOutline> courseChoices;

    /** The view action: loads the provider named in the address, or shows why not. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (providerId == null || providerId.isBlank()) {
            PageActions.global().error("No provider", "Choose a provider from the list of providers.");
            return;
        }
        PageActions.global().call(() -> providers.get(providerId), "Provider not found").ifPresent(this::show);
    }

    private void show(ProviderView view) {
        provider = view;
        name = view.name();
        logoUrl = view.logoUrl();
        primaryColor = view.primaryColor();
        accentColor = view.accentColor();
        signatoryName = view.signatoryName();
        signatoryTitle = view.signatoryTitle();
        cohorts = null;
    }

    public void saveBranding() {
        PageActions.at("branding").call(() -> providers.update(providerId, new ProviderDetails(name, optional(logoUrl),
                        optional(primaryColor), optional(accentColor), optional(signatoryName), optional(signatoryTitle))), "Branding not saved", BRANDING)
                .ifPresent(saved -> {
                    show(saved);
                    PageActions.at("branding").info("Branding saved", "Learners of " + saved.name() + " see it from now on.");
                });
    }

    public void addAdmin() {
        Map<String, Field> fields = Map.of("email", new Field("admins:adminEmail", "Email"),
                "name", new Field("admins:adminName", "Name"));
        PageActions.at("admins").call(() -> providers.addAdmin(providerId, blankToEmpty(adminEmail), adminName), "Administrator not added", fields)
                .ifPresent(saved -> {
                    PageActions.at("admins").info("Administrator added", adminEmail.strip() + " can now run " + saved.name()
                            + ". Someone new gets an email to choose a password.");
                    show(saved);
                    adminEmail = null;
                    adminName = null;
                });
    }

    public void removeAdmin(String email) {
        PageActions.at("admins").call(() -> providers.removeAdmin(providerId, email), "Administrator not removed")
                .ifPresent(saved -> {
                    show(saved);
                    PageActions.at("admins").info("Administrator removed", email + " no longer runs " + saved.name() + ".");
                });
    }

    public void createCohort() throws IOException {
        Map<String, Field> fields = Map.of("name", new Field("cohorts:cohortName", "Name"),
                "courseSlug", new Field("cohorts:course", "Course"));
        var created = PageActions.at("cohorts").call(() -> cohortService.create(new NewCohort(providerId, cohortName, courseSlug,
                startsOn, endsOn)), "Cohort not created", fields);
        if (created.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageActions.global().info("Cohort created", created.get().name() + " is ready: add learners, instructors or invite codes.");
            external.redirect(external.getRequestContextPath() + "/app/provider/cohort.xhtml?cohort=" + created.get().id());
        }
    }

    public boolean isFound() {
        return provider != null;
    }

    public String getTitle() {
        return provider == null ? "Provider" : provider.name();
    }

    public String getSlug() {
        return provider == null ? null : provider.slug();
    }

    public List<PersonRef> getAdmins() {
        return provider == null ? List.of() : provider.admins();
    }

    public List<CohortView> getCohorts() {
        if (cohorts == null) {
            cohorts = provider == null ? List.of()
                    : PageActions.global().call(() -> cohortService.list(providerId), "The cohorts could not be shown")
                            .orElse(List.of());
        }
        return cohorts;
    }

    /** "Course title (version 2)". */
    public String course(CohortView cohort) {
        return cohort.courseTitle() + " (version " + cohort.courseVersion() + ")";
    }

    public String period(CohortView cohort) {
        String period = PageFormat.period(cohort.startsOn(), cohort.endsOn());
        return period.isEmpty() ? "no dates" : period;
    }

    public String instructors(CohortView cohort) {
        return cohort.instructors().isEmpty() ? "none"
                : String.join(", ", cohort.instructors().stream().map(PersonRef::name).toList());
    }

    public List<CourseOutline> getCourses() {
        if (courseChoices == null) {
            courseChoices = courses.listCourses();
        }
        return courseChoices;
    }

    /** The courses this provider's cohorts take: the ones item analysis across cohorts has data for. */
    public List<CourseOutline> getAnalysedCourses() {
        Set<String> taken = getCohorts().stream().map(CohortView::courseSlug).collect(Collectors.toSet());
        return getCourses().stream().filter(course -> taken.contains(course.id())).toList();
    }

    /** Faces submits an empty field as ""; for the service an optional field left empty is null. */
    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    // Getters and setters for the forms.
    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public void setSignatoryTitle(String signatoryTitle) {
        this.signatoryTitle = signatoryTitle;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public void setCohortName(String cohortName) {
        this.cohortName = cohortName;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public void setCourseSlug(String courseSlug) {
        this.courseSlug = courseSlug;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
