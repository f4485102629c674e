package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    AttemptService attempts;

    @POST
    @Path("quizzes/{quizId}/attempts")
    public Response start(@PathParam("quizId") String quizId, @Context UriInfo uri) {
        AttemptViews.Sheet sheet = attempts.start(quizId);
        return Response.created(uri.getBaseUriBuilder().path("attempts").path(sheet.id()).build()).entity(sheet).build();
    }

    @GET
    @Path("attempts/{attemptId}")
    public AttemptViews.Sheet get(@PathParam("attemptId") String attemptId) {
        return attempts.get(attemptId);
    }

    @PUT
    @Path("attempts/{attemptId}/responses/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttemptViews.Saved save(@PathParam("attemptId") String attemptId, @PathParam("itemId") String itemId,
                                   Answer answer) {
        return attempts.save(attemptId, itemId, answer);
    }

    @POST
    @Path("attempts/{attemptId}/submit")
    public AttemptViews.Result submit(@PathParam("attemptId") String attemptId) {
        return attempts.submit(attemptId);
    }
}
