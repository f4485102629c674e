package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.browser.Browser;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pages show the services' records without JavaBean copies. Display needs only EL's method call
 * ({@code #{row.name()}}); this checks, in Chromium against the product's PrimeFaces, that a data
 * table also sorts (text and numbers) and filters records by accessor calls: PrimeFaces then finds
 * no "field" in the expression and evaluates the expression per row, which is all it needs for a
 * table that is not lazy. What it does need is a mutable list as the table's value: it sorts that
 * list in place, so a service's {@code toList()} must be copied into an ArrayList first. Under the
 * product's Content-Security-Policy, with nothing refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordTableBrowserIT {
    private static final By FILTER = By.cssSelector("th[id='f:table:name'] input.ui-column-filter");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(WebArchive.class, "ascent-web.war")
                .addClasses(RecordsTablePage.class, RecordsTablePage.Learner.class)
                .addAsWebResource(new StringAsset(RecordsTablePage.PAGE), "test-records-table.xhtml");
        return ear;
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_data_table_sorts_and_filters_records_by_accessor_calls() {
        browser.open(base, "test-records-table.xhtml");
        assertEquals(List.of("Chloé Martin", "Ada Lovelace", "Bert Jansen", "Dana Ng"), names());

        sortBy("name");
        waitFor(List.of("Ada Lovelace", "Bert Jansen", "Chloé Martin", "Dana Ng"));
        sortBy("name");
        waitFor(List.of("Dana Ng", "Chloé Martin", "Bert Jansen", "Ada Lovelace"));

        // Numbers sort as numbers (10 after 9), so the accessor's int reaches the comparison, not its text.
        sortBy("attempts");
        waitFor(List.of("Dana Ng", "Chloé Martin", "Bert Jansen", "Ada Lovelace"));
        sortBy("attempts");
        waitFor(List.of("Ada Lovelace", "Bert Jansen", "Chloé Martin", "Dana Ng"));

        WebElement filter = browser.visible(FILTER);
        filter.sendKeys("an");
        waitFor(List.of("Bert Jansen", "Dana Ng"));
        filter.sendKeys("s");
        waitFor(List.of("Bert Jansen"));

        assertEquals(List.of(), browser.policyViolations());
    }

    /** A click on the column's title (the middle of the header is the filter field, where a click does not sort). */
    private void sortBy(String column) {
        browser.driver().findElement(By.cssSelector("th[id='f:table:" + column + "'] .ui-column-title")).click();
    }

    private void waitFor(List<String> expected) {
        browser.until("the rows " + expected + " (now " + names() + ")", driver -> expected.equals(names()) ? true : null);
    }

    /** The names in the table's order, read in one go (the table is replaced under us after each click). */
    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll(\"#f\\\\:table_data .name\")].map(e => e.textContent.trim());");
    }
}
