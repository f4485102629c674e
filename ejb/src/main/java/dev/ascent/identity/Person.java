package dev.ascent.identity;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** Anyone who signs in: learner, instructor, provider admin or platform admin (roles come from memberships). */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private String id;
    @Column(nullable = false, unique = true)
    private String email;
    @Column(nullable = false)
    private String name;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;
    /** Raised by a password reset: sessions signed in before it end (see IdentityService#reauthenticate). */
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Person() {
    }

    public Person(String email, String name, String externalId, Instant createdAt) {
        this.id = Ids.newId();
        this.email = normaliseEmail(email);
        this.name = name;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    /** A new password: every session signed in with the old one stops working. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.credentialVersion++;
    }
}
