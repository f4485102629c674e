package dev.ascent.provider;

import dev.ascent.identity.PersonRef;
import java.time.Instant;
import java.util.List;

/** A provider as its admins and the platform admin see it. */
public record ProviderView(String id, String slug, String name, String logoUrl, String primaryColor, String accentColor,
                           String signatoryName, String signatoryTitle, Instant createdAt, List<PersonRef> admins) {
}
