package org.manabi.web.i18n;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The UI's text, and the learner's remembered language. */
@Path("i18n")
@Produces(MediaType.APPLICATION_JSON)
public class I18nResource {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
    private static final List<LanguageView> LANGUAGES = Arrays.stream(SupportedLanguage.values())
            .map(LanguageView::of).toList();

    @Inject
    MessageCatalog catalog;

    @GET
    @Operation(summary = "The UI text in the requested, remembered or browser language, in that order")
    public MessagesView messages(@QueryParam("lang") String requested,
                                 @CookieParam(LanguageNegotiation.COOKIE) String remembered,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SupportedLanguage language = SupportedLanguage.fromTag(requested)
                .orElseGet(() -> LanguageNegotiation.choose(remembered, acceptLanguage));
        return new MessagesView(language.code(), LANGUAGES, catalog.messages(language));
    }

    @PUT
    @Path("choice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remember the learner's interface language in a cookie")
    public Response remember(@Valid @NotNull LanguageChoice choice, @Context UriInfo uriInfo) {
        SupportedLanguage language = SupportedLanguage.fromTag(choice.language()).orElseThrow();
        NewCookie cookie = new NewCookie.Builder(LanguageNegotiation.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR_SECONDS)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uriInfo.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.ok(new MessagesView(language.code(), LANGUAGES, catalog.messages(language)))
                .cookie(cookie)
                .build();
    }
}
