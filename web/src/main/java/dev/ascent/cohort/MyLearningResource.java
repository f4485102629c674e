package dev.ascent.cohort;

import dev.ascent.learning.Learning;
import dev.ascent.learning.MyLearningService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The signed-in learner's cohorts and progress (what the dashboard shows). */
@Path("/me/learning")
@Produces(MediaType.APPLICATION_JSON)
public class MyLearningResource {

    @Inject
    MyLearningService learning;

    @GET
    public List<Learning> mine() {
        return learning.mine();
    }
}
