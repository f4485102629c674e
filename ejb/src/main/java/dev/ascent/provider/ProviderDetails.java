package dev.ascent.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a provider admin may change: name and branding. Colours are {@code #rrggbb}; the logo is
 * an http(s) URL only, so a page can never be handed a {@code javascript:} link.
 */
public record ProviderDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) @Pattern(regexp = "^https?://[^\\s\"'<>]+$", message = "must be an http or https URL") String logoUrl,
        @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "must be a colour like #1a2b3c") String primaryColor,
        @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "must be a colour like #1a2b3c") String accentColor,
        @Size(max = 200) String signatoryName,
        @Size(max = 200) String signatoryTitle) {
}
