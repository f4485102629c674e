package dev.ascent.course;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @GET
    public List<CourseOutline> list() {
        return courses.listCourses();
    }

    @GET
    @Path("/{courseId}")
    public CourseOutline outline(@PathParam("courseId") String courseId) {
        return courses.outline(courseId);
    }
}
