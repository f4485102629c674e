package dev.ascent.identity;

import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: only its SHA-256 is stored; it acts with its owner's rights until revoked. */
@Entity
@InsertAfter({Person.class})
@Table(name = "api_token")
public class ApiToken {
    @Id
    private String id;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(nullable = false)
    private String name;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String personId, String name, String tokenHash, Instant createdAt) {
        this.id = Ids.newId();
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
