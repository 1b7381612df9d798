package org.manabi.web.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.survey.ResponseTable;
import org.manabi.content.survey.Survey;
import org.manabi.content.survey.SurveyResults;
import org.manabi.content.survey.Surveys;
import org.manabi.web.download.CsvDownload;
import org.manabi.web.problem.Problems;
import org.manabi.web.security.CurrentSession;

/** Surveys for administrators: issue, list, close, results, and downloads. */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class SurveyResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Surveys surveys;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every survey, newest first, with how many have answered and how many are asked")
    public List<SurveySummaryView> list() {
        return surveys.all().stream().map(this::summary).toList();
    }

    @POST
    @Path("standard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a standard survey (SATISFACTION, COMPANY or EMPLOYMENT) to a cohort")
    public Response issueStandard(@Valid @NotNull StandardSurveyRequest body) {
        Survey survey = surveys.issueStandard(body.template(), body.cohortId(), body.opensAt(), body.closesAt(),
                actor());
        return created(survey);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a survey written by hand")
    public Response issue(@Valid @NotNull SurveyRequest body) {
        Survey survey = surveys.issue(body.toDefinition(), body.target(), body.opensAt(), body.closesAt(), actor());
        return created(survey);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One survey with its questions")
    public SurveyDetailView get(@PathParam("id") long id) {
        Survey survey = surveys.find(id).orElseThrow(NotFoundException::new);
        return new SurveyDetailView(summary(survey), survey.questions().stream().map(QuestionView::of).toList());
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a survey now; it takes no more answers")
    public SurveySummaryView close(@PathParam("id") long id) {
        return summary(surveys.close(id, actor()));
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "The results: counts per option, Likert means, free texts, and for an employment survey the KPIs")
    public SurveyResultsView results(@PathParam("id") long id) {
        Survey survey = surveys.find(id).orElseThrow(NotFoundException::new);
        SurveyResults results = surveys.results(id).orElseThrow(NotFoundException::new);
        return SurveyResultsView.of(summary(survey), results, surveys.outcome(id).orElse(null));
    }

    @GET
    @Path("{id}/export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The responses as CSV (UTF-8 with BOM); an anonymous survey's hold no names or ids; audited")
    public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Boolean japanese = japanese(lang);
        if (japanese == null) {
            return Problems.invalid(path(), "lang", "ja or en", "Pattern");
        }
        ResponseTable table = surveys.export(id, japanese, "csv", actor()).orElseThrow(NotFoundException::new);
        return CsvDownload.attachment("manabi-survey-" + id + ".csv", table.header(), table.rows());
    }

    @GET
    @Path("{id}/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The summary and the responses as an Excel workbook; audited")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Boolean japanese = japanese(lang);
        if (japanese == null) {
            return Problems.invalid(path(), "lang", "ja or en", "Pattern");
        }
        ResponseTable table = surveys.export(id, japanese, "xlsx", actor()).orElseThrow(NotFoundException::new);
        SurveyResults results = surveys.results(id).orElseThrow(NotFoundException::new);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            SurveyXlsx.write(table, results, japanese, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"manabi-survey-" + id + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code true} for Japanese (the default), {@code false} for English, {@code null} for anything else. */
    private static Boolean japanese(String lang) {
        if (lang == null || lang.isEmpty() || lang.equals("ja")) {
            return true;
        }
        return lang.equals("en") ? false : null;
    }

    private SurveySummaryView summary(Survey survey) {
        return SurveySummaryView.of(survey, clock.instant(), surveys.responseCount(survey.id()),
                surveys.invited(survey).size());
    }

    private Response created(Survey survey) {
        return Response.created(URI.create("/api/surveys/" + survey.id())).entity(summary(survey)).build();
    }

    private String actor() {
        return CurrentSession.of(request).map(account -> account.loginId())
                .orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Session"));
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
