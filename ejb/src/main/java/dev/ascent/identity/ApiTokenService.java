package dev.ascent.identity;

import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's own API tokens: create (the secret is shown once), list, revoke. */
@Stateless
@RolesAllowed(Roles.USER)
public class ApiTokenService {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;

    public record TokenView(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
                    token.getRevokedAt());
        }
    }

    /** The new token and its secret, which is not stored and cannot be shown again. */
    public record CreatedToken(TokenView token, String secret) {
    }

    public CreatedToken create(@NotBlank @Size(max = 100) String name) {
        String secret = Secrets.newToken();
        ApiToken token = new ApiToken(callers.current().personId(), name.strip(), Secrets.sha256(secret), clock.instant());
        em.persist(token);
        return new CreatedToken(TokenView.of(token), secret);
    }

    public List<TokenView> mine() {
        return em.createQuery("select t from ApiToken t where t.personId = :person order by t.createdAt", ApiToken.class)
                .setParameter("person", callers.current().personId())
                .getResultStream().map(TokenView::of).toList();
    }

    /** Revoking someone else's token looks exactly like revoking one that does not exist. */
    public TokenView revoke(@NotBlank String tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !callers.current().is(token.getPersonId())) {
            throw DomainException.notFound("token", tokenId);
        }
        if (token.isActive()) {
            token.revoke(clock.instant());
        }
        return TokenView.of(token);
    }
}
