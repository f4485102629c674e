package dev.ascent.shared;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;

/** Readiness for load balancers and people: is the database reachable? */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @GET
    public Response health() {
        String database = databaseStatus();
        boolean up = database.equals("UP");
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", up ? "UP" : "DOWN", "checks", Map.of("database", database)))
                .build();
    }

    private String databaseStatus() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? "UP" : "DOWN";
        } catch (Exception e) {
            return "DOWN";
        }
    }
}
