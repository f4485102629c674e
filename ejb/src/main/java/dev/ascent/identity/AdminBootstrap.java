package dev.ascent.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: make sure a platform admin exists. With ASCENT_ADMIN_EMAIL (and optionally
 * ASCENT_ADMIN_PASSWORD) set, that account is created or promoted; otherwise nothing is created
 * and the log says how to set it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PasswordResetService resets;
    @Inject
    @ConfigProperty(name = "ascent.admin.email")
    Optional<String> adminEmail;
    @Inject
    @ConfigProperty(name = "ascent.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void ensurePlatformAdmin() {
        String email = adminEmail.orElse(null);
        if (email == null || email.isBlank()) {
            long admins = em.createQuery("select count(p) from Person p where p.platformAdmin = true", Long.class)
                    .getSingleResult();
            if (admins == 0) {
                LOG.warning("No platform admin yet: restart with ASCENT_ADMIN_EMAIL (and ASCENT_ADMIN_PASSWORD) set");
            }
            return;
        }
        Person admin = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Person created = new Person(email, "Platform admin", null, clock.instant());
                    em.persist(created);
                    return created;
                });
        admin.setPlatformAdmin(true);
        Optional<String> password = adminPassword.filter(p -> !p.isBlank());
        if (password.isPresent() && !admin.hasPassword()) {
            admin.setPasswordHash(PasswordHasher.hash(password.get()));
        } else if (!admin.hasPassword()) {
            String link = resets.issueLink(admin);
            LOG.warning(() -> "Platform admin " + admin.getEmail() + " has no password yet; set one at " + link);
        }
    }
}
