package dev.ascent.provider;

import dev.ascent.identity.Person;
import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A training provider: the tenant. Its admins are person ids (table provider_admin). */
@Entity
@InsertAfter({Person.class})
@Table(name = "provider")
public class Provider {
    @Id
    private String id;
    @Column(nullable = false, unique = true)
    private String slug;
    @Column(nullable = false)
    private String name;
    @Column(name = "logo_url")
    private String logoUrl;
    @Column(name = "primary_color")
    private String primaryColor;
    @Column(name = "accent_color")
    private String accentColor;
    @Column(name = "signatory_name")
    private String signatoryName;
    @Column(name = "signatory_title")
    private String signatoryTitle;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** Admins by person id, with the name this provider entered for them ("" when none was). */
    @ElementCollection
    @CollectionTable(name = "provider_admin", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "name")
    private Map<String, String> admins = new HashMap<>();

    protected Provider() {
    }

    Provider(String slug, ProviderDetails details, Instant createdAt) {
        this.id = Ids.newId();
        this.slug = slug;
        this.createdAt = createdAt;
        update(details);
    }

    void update(ProviderDetails details) {
        this.name = details.name().strip();
        this.logoUrl = blankToNull(details.logoUrl());
        this.primaryColor = colour(details.primaryColor());
        this.accentColor = colour(details.accentColor());
        this.signatoryName = blankToNull(details.signatoryName());
        this.signatoryTitle = blankToNull(details.signatoryTitle());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String colour(String value) {
        String colour = blankToNull(value);
        return colour == null ? null : colour.toLowerCase(java.util.Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getAdminIds() {
        return Set.copyOf(admins.keySet());
    }

    /** The name this provider entered for an admin; blank when none was. */
    public String enteredName(String personId) {
        return admins.get(personId);
    }

    /** Adds the admin; a name given again replaces the one entered before. */
    boolean addAdmin(String personId, String enteredName) {
        boolean added = !admins.containsKey(personId);
        if (added || enteredName != null) {
            admins.put(personId, enteredName == null ? "" : enteredName);
        }
        return added;
    }

    boolean removeAdmin(String personId) {
        boolean present = admins.containsKey(personId);
        admins.remove(personId);
        return present;
    }
}
