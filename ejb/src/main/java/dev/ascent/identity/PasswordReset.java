package dev.ascent.identity;

import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time, expiring password link; only the hash of its token is kept. */
@Entity
@InsertAfter({Person.class})
@Table(name = "password_reset")
public class PasswordReset {
    @Id
    private String id;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    PasswordReset(String personId, String tokenHash, Instant expiresAt) {
        this.id = Ids.newId();
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    String getPersonId() {
        return personId;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant at) {
        this.usedAt = at;
    }
}
