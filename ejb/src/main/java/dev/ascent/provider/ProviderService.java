package dev.ascent.provider;

import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Person;
import dev.ascent.identity.PersonDirectory;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.Roles;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Providers (tenants). The platform admin creates and lists them all; a provider admin reaches
 * only the providers they administer; anyone else's provider looks as if it did not exist.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN})
public class ProviderService {
    public static final String SLUG_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    PersonDirectory people;

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public ProviderView create(@NotBlank @Pattern(regexp = SLUG_PATTERN,
                                       message = "lower-case letters, digits and inner hyphens, at most 80") String slug,
                               @NotNull @Valid ProviderDetails details) {
        boolean taken = !em.createQuery("select p.id from Provider p where p.slug = :slug", String.class)
                .setParameter("slug", slug).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("slug-taken", "A provider with the slug '" + slug + "' exists already");
        }
        Provider provider = new Provider(slug, details, clock.instant());
        em.persist(provider);
        return view(provider);
    }

    /** Every provider for the platform admin; a provider admin's own otherwise. */
    public List<ProviderView> list() {
        Caller caller = callers.current();
        List<Provider> providers = caller.platformAdmin()
                ? em.createQuery("select p from Provider p order by p.name", Provider.class).getResultList()
                : caller.adminOfProviders().isEmpty() ? List.of()
                : em.createQuery("select p from Provider p where p.id in :ids order by p.name", Provider.class)
                        .setParameter("ids", caller.adminOfProviders()).getResultList();
        return providers.stream().map(this::view).toList();
    }

    public ProviderView get(@NotBlank String providerId) {
        return view(administered(providerId));
    }

    public ProviderView update(@NotBlank String providerId, @NotNull @Valid ProviderDetails details) {
        Provider provider = administered(providerId);
        provider.update(details);
        return view(provider);
    }

    /** Makes the person an admin of the provider; an unknown email gets an account and a set-password mail. */
    public ProviderView addAdmin(@NotBlank String providerId, @NotBlank @Email @Size(max = 254) String email,
                                 @Size(max = 200) String name) {
        Provider provider = administered(providerId);
        Person person = people.findOrInvite(email, name, "the administrators of " + provider.getName());
        provider.addAdmin(person.getId(), name == null || name.isBlank() ? null : name.strip());
        return view(provider);
    }

    /** Idempotent: removing someone who is not an admin changes nothing. */
    public ProviderView removeAdmin(@NotBlank String providerId, @NotBlank @Size(max = 254) String email) {
        Provider provider = administered(providerId);
        people.byEmail(email).ifPresent(person -> provider.removeAdmin(person.getId()));
        return view(provider);
    }

    private Provider administered(String providerId) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null || !callers.current().administers(providerId)) {
            throw DomainException.notFound("provider", providerId);
        }
        return provider;
    }

    private ProviderView view(Provider provider) {
        Map<String, PersonRef> refs = people.refs(provider.getAdminIds());
        List<PersonRef> admins = refs.values().stream().map(ref -> ref.withEnteredName(provider.enteredName(ref.id())))
                .sorted(Comparator.comparing(PersonRef::email)).toList();
        return new ProviderView(provider.getId(), provider.getSlug(), provider.getName(), provider.getLogoUrl(),
                provider.getPrimaryColor(), provider.getAccentColor(), provider.getSignatoryName(),
                provider.getSignatoryTitle(), provider.getCreatedAt(), admins);
    }
}
