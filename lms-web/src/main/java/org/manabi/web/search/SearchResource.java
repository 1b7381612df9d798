package org.manabi.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.Level;
import org.manabi.content.search.DocumentKind;
import org.manabi.content.search.IndexRebuild;
import org.manabi.content.search.LengthBucket;
import org.manabi.content.search.SearchIndex;
import org.manabi.content.search.SearchQuery;
import org.manabi.content.search.SearchResults;
import org.manabi.content.search.Searcher;
import org.manabi.content.search.Suggestion;
import org.manabi.web.catalog.CatalogViewers;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/**
 * Catalog search. Anyone may search published courses; a signed-in author also finds their own
 * drafts, an administrator everything. Text is taken as typed (never as query syntax).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;
    static final List<String> LANGUAGES = List.of("ja", "en", "vi", "id", "tl", "my");

    @Inject
    SearchIndex index;

    @Inject
    IndexRebuild rebuild;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Search courses and lessons, with facets (category, level, language, length) and snippets")
    public Response search(@QueryParam("q") String text, @QueryParam("category") List<String> categories,
            @QueryParam("level") List<String> levels, @QueryParam("language") List<String> languages,
            @QueryParam("length") List<String> lengths, @QueryParam("kind") List<String> kinds,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        List<FieldViolation> problems = new ArrayList<>();
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            problems.add(new FieldViolation("q", "at most " + MAX_QUERY_LENGTH + " characters", "Size"));
        }
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 20 : limit;
        if (from < 0 || from > SearchQuery.MAX_OFFSET) {
            problems.add(new FieldViolation("offset", "0 to " + SearchQuery.MAX_OFFSET, "Range"));
        }
        if (size < 1 || size > SearchQuery.MAX_LIMIT) {
            problems.add(new FieldViolation("limit", "1 to " + SearchQuery.MAX_LIMIT, "Range"));
        }
        Set<String> categoryNames = names("category", categories, c -> Category.valueOf(c).name(), problems);
        Set<String> levelNames = names("level", levels, l -> Level.valueOf(l).name(), problems);
        Set<String> languageCodes = names("language", languages, l -> {
            if (!LANGUAGES.contains(l)) {
                throw new IllegalArgumentException(l);
            }
            return l;
        }, problems);
        Set<LengthBucket> lengthBuckets = EnumSet.noneOf(LengthBucket.class);
        names("length", lengths, LengthBucket::valueOf, problems).forEach(lengthBuckets::add);
        Set<DocumentKind> documentKinds = EnumSet.noneOf(DocumentKind.class);
        names("kind", kinds, DocumentKind::valueOf, problems).forEach(documentKinds::add);
        if (!problems.isEmpty()) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), problems);
        }
        SearchResults results = index.search(new SearchQuery(query, categoryNames, levelNames, languageCodes,
                lengthBuckets, documentKinds, searcher(), from, size));
        return Response.ok(results).build();
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles that complete what was typed (kanji, kana or romaji)")
    public Response suggest(@QueryParam("q") String prefix, @QueryParam("limit") Integer limit) {
        String typed = prefix == null ? "" : prefix.strip();
        int size = limit == null ? 8 : limit;
        if (typed.length() > MAX_QUERY_LENGTH) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), "q", "at most " + MAX_QUERY_LENGTH
                    + " characters", "Size");
        }
        if (size < 1 || size > 20) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), "limit", "1 to 20", "Range");
        }
        List<Suggestion> suggestions = typed.isEmpty() ? List.of() : index.suggest(typed, searcher(), size);
        return Response.ok(suggestions).build();
    }

    @GET
    @Path("index")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "The index's size and the progress of the last or running rebuild")
    public IndexRebuild.Progress indexState() {
        return rebuild.progress();
    }

    @POST
    @Path("index/rebuild")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Rebuild the whole index from the database in the background")
    public Response rebuild() {
        IndexRebuild.Progress progress = rebuild.start(CatalogViewers.actor(request));
        return Response.accepted(progress).build();
    }

    private Searcher searcher() {
        CatalogViewer viewer = CatalogViewers.of(request);
        return new Searcher(viewer.accountId(), viewer.administrator());
    }

    /** Values of a repeatable parameter (also comma-separated), each checked by {@code parse}. */
    private static <T> Set<T> names(String field, List<String> values, Function<String, T> parse,
            List<FieldViolation> problems) {
        Set<T> parsed = new LinkedHashSet<>();
        if (values == null) {
            return parsed;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(parse.apply(part.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldViolation(field, "unknown value", "Enum"));
                    return parsed;
                }
            }
        }
        return parsed;
    }
}
