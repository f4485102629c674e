package dev.ascent.shared;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only bean behind a PrimeFaces data table whose rows are records, sorted and filtered by
 * accessor calls ({@code sortBy="#{row.name()}"}): what a page of the product can rely on when it
 * drops JavaBean copies of the services' records.
 */
@Named
@ViewScoped
public class RecordsTablePage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A row as the services return them: a record, with no getters. */
    public record Learner(String name, String email, int attempts) {
    }

    /**
     * Mutable, as PrimeFaces needs: a table that is not lazy sorts its value in place
     * ({@code List.sort}), so the immutable lists of {@code List.of} and {@code Stream.toList()}
     * fail with UnsupportedOperationException on the first click on a header.
     */
    private final List<Learner> rows = new ArrayList<>(List.of(
            new Learner("Chloé Martin", "chloe@example.org", 2),
            new Learner("Ada Lovelace", "ada@example.org", 10),
            new Learner("Bert Jansen", "bert@example.org", 9),
            new Learner("Dana Ng", "dana@example.org", 1)));

    public List<Learner> getRows() {
        return rows;
    }

    /** The page as the test adds it to the WAR. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:p="http://primefaces.org/ui" lang="en">
            <h:head><title>Records table — Ascent</title></h:head>
            <h:body>
              <h:form id="f">
                <p:dataTable id="table" value="#{recordsTablePage.rows}" var="row">
                  <p:column id="name" headerText="Name" sortBy="#{row.name()}" filterBy="#{row.name()}" filterMatchMode="contains">
                    <span class="name">#{row.name()}</span>
                  </p:column>
                  <p:column id="email" headerText="Email">#{row.email()}</p:column>
                  <p:column id="attempts" headerText="Attempts" sortBy="#{row.attempts()}">#{row.attempts()}</p:column>
                </p:dataTable>
              </h:form>
            </h:body>
            </html>
            """;
}
