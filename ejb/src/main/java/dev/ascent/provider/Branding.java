package dev.ascent.provider;

/** What learners see of their provider: name, logo and colours. */
public record Branding(String providerId, String name, String logoUrl, String primaryColor, String accentColor) {

    public static Branding of(Provider provider) {
        return new Branding(provider.getId(), provider.getName(), provider.getLogoUrl(), provider.getPrimaryColor(),
                provider.getAccentColor());
    }
}
