package dev.ascent.cohort;

import dev.ascent.identity.AccountService;
import dev.ascent.shared.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The instructor's pages, read-only: the cohorts I teach (app/teach/index.xhtml) and one of their
 * rosters (app/teach/cohort.xhtml?cohort=…). The services decide what an instructor may see.
 */
@Named
@ViewScoped
public class TeachingPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private transient List<CohortView> mine;

    /** Only cohorts I teach, not those I run as a provider admin (those are under Providers). */
    public List<CohortView> getCohorts() {
        if (mine == null) {
            Set<String> teaching = accounts.me().instructsCohorts();
            mine = teaching.isEmpty() ? List.of()
                    : PageActions.global().call(() -> cohorts.list(null), "Your cohorts could not be shown").orElse(List.of())
                            .stream().filter(c -> teaching.contains(c.id())).toList();
        }
        return mine;
    }

    public void load() {
        lookUp("Choose one of the cohorts you teach.", false);
    }
}
