package dev.ascent.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a person lands on after signing in: who they are and where to go next. */
@Named
@RequestScoped
public class LandingPage {

    @Inject
    AccountService accounts;

    private AccountService.Me me;

    public String getName() {
        return me().name();
    }

    public String getEmail() {
        return me().email();
    }

    private AccountService.Me me() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }
}
