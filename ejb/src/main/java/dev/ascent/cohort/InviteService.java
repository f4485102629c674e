package dev.ascent.cohort;

import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.PersonDirectory;
import dev.ascent.identity.Roles;
import dev.ascent.identity.Secrets;
import dev.ascent.provider.Provider;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Self-enrollment codes. Provider admins create and list them for their cohorts; any signed-in
 * person with a code may join while it has seats and has not expired.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN})
public class InviteService {
    public static final int MAX_SEATS = 10_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    PersonDirectory people;

    public InviteView create(@NotBlank String cohortId, @NotNull @Min(1) @Max(MAX_SEATS) Integer seatLimit,
                             @NotNull Instant expiresAt) {
        Caller caller = callers.current();
        Cohort cohort = CohortScope.managed(em, caller, cohortId);
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw DomainException.invalid("validation", "The invite must expire in the future");
        }
        Invite invite = new Invite(cohort.getId(), Secrets.newCode(), seatLimit, expiresAt, caller.personId(), now);
        em.persist(invite);
        return view(invite, now);
    }

    public List<InviteView> list(@NotBlank String cohortId) {
        Cohort cohort = CohortScope.managed(em, callers.current(), cohortId);
        Instant now = clock.instant();
        return em.createQuery("select i from Invite i where i.cohortId = :cohort order by i.createdAt", Invite.class)
                .setParameter("cohort", cohort.getId())
                .getResultStream().map(i -> view(i, now)).toList();
    }

    /**
     * Enrols the caller. Already in the cohort: nothing changes and no seat is used. Withdrawn by
     * the provider: refused, only an admin can bring them back. The invite row is locked, so two
     * people cannot take the last seat together.
     */
    @RolesAllowed(Roles.USER)
    public Joined accept(@NotBlank @Size(max = 40) String code) {
        Caller caller = callers.current();
        Invite invite = em.createQuery("select i from Invite i where i.code = :code", Invite.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("invite", code));
        Cohort cohort = em.find(Cohort.class, invite.getCohortId());
        Provider provider = em.find(Provider.class, cohort.getProviderId());
        Enrollment existing = em.createQuery(
                        "select e from Enrollment e where e.cohortId = :cohort and e.personId = :person", Enrollment.class)
                .setParameter("cohort", cohort.getId()).setParameter("person", caller.personId())
                .getResultStream().findFirst().orElse(null);
        if (existing != null && existing.isWithdrawn()) {
            throw DomainException.conflict("enrollment-withdrawn",
                    "You were withdrawn from " + cohort.getName() + "; ask " + provider.getName() + " to add you again");
        }
        Instant now = clock.instant();
        if (existing == null) {
            if (invite.expiredAt(now)) {
                throw new DomainException(DomainException.Kind.GONE, "invite-expired", "This invite code has expired");
            }
            if (invite.isFull()) {
                throw DomainException.conflict("invite-full", "Every seat of this invite is taken");
            }
            invite.takeSeat();
            // Joining with a code shares the person's own name with this provider.
            existing = Enrollment.joined(cohort.getId(), caller.personId(),
                    people.refs(List.of(caller.personId())).get(caller.personId()).name(), now);
            em.persist(existing);
            em.persist(new EnrollmentEvent(existing, now, caller.personId(), "invite"));
        } else if (existing.getStatus() == Enrollment.Status.INVITED) {
            existing.activate(now);
            em.persist(new EnrollmentEvent(existing, now, caller.personId(), "invite"));
        }
        return new Joined(existing.getId(), cohort.getId(), cohort.getName(), provider.getName(), existing.getStatus().name());
    }

    private static InviteView view(Invite invite, Instant now) {
        return new InviteView(invite.getId(), invite.getCohortId(), invite.getCode(), invite.getSeatLimit(),
                invite.getSeatsUsed(), invite.getExpiresAt(), invite.getCreatedAt(), invite.expiredAt(now));
    }
}
