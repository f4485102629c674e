package dev.ascent.provider;

import dev.ascent.identity.Navigation;
import dev.ascent.identity.PersonRef;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The providers I run; the platform admin also creates providers here. */
@Named
@ViewScoped
public class ProvidersPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderService providers;
    @Inject
    Navigation navigation;

    private String slug;
    private String name;
    private transient List<ProviderView> rows;

    public List<ProviderView> getProviders() {
        if (rows == null) {
            rows = navigation.isRunsProviders()
                    ? PageActions.global().call(providers::list, "The providers could not be shown").orElse(List.of())
                    : List.of();
        }
        return rows;
    }

    /** Platform admins only (the service refuses anyone else); on success, on to the new provider's page. */
    public void create() throws IOException {
        var fields = Map.of("slug", new Field("create:slug", "Short name"),
                "name", new Field("create:name", "Name"));
        var created = PageActions.at("create").call(() -> providers.create(slug == null ? "" : slug.strip(),
                new ProviderDetails(name, null, null, null, null, null)), "Provider not created", fields);
        if (created.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageActions.global().info("Provider created", created.get().name() + " exists. Add its administrators and branding here.");
            external.redirect(external.getRequestContextPath() + "/app/provider/provider.xhtml?provider=" + created.get().id());
        }
    }

    /** The administrators' names, or "none yet". */
    public String admins(ProviderView provider) {
        return provider.admins().isEmpty() ? "none yet"
                : String.join(", ", provider.admins().stream().map(PersonRef::name).toList());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
