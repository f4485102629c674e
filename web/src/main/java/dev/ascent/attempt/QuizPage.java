package dev.ascent.attempt;

import dev.ascent.learning.UnitLessons;
import dev.ascent.quiz.Answer;
import dev.ascent.shared.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * app/quiz.xhtml: the start screen of a quiz, an attempt in progress, and its result. It calls
 * {@link AttemptService} directly and holds only what the learner may see (the service's views
 * carry no key); the revision of each answer this tab last saw stays here, per view, so a second
 * tab is a second base and stale saves are caught by the service.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    AttemptService attempts;
    @Inject
    UnitLessons lessons;

    private String quiz;
    private String cohort;
    private String attempt;

    private String mode = "error";
    private String error;
    private QuizIntro intro;
    private QuizAttempt sheet;
    private QuizResult result;
    private final Map<String, Integer> revisions = new HashMap<>();

    /** f:viewAction: the attempt named in the address, else the quiz's start screen. */
    public void load() {
        try {
            if (attempt != null && !attempt.isBlank()) {
                show(attempts.get(attempt));
            } else if (quiz != null && !quiz.isBlank()) {
                intro = new QuizIntro(attempts.intro(quiz, blankToNull(cohort)));
                cohort = intro.getCohortId();
                mode = "intro";
            } else {
                error = "No quiz was named. Choose a unit's quiz from My learning.";
            }
        } catch (DomainException e) {
            error = message(e);
            mode = "error";
        }
    }

    /** Starts an attempt (or resumes the open one) and goes to its own address, so a reload comes back to it. */
    public String start() {
        try {
            AttemptViews.Started started = attempts.start(quiz, blankToNull(cohort));
            return addressOf(started.sheet());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "The quiz did not start", message(e)));
            return null;
        }
    }

    /**
     * Autosave of one answer (from the page's remote command, parameters {@code item} and
     * {@code answer} as JSON). Tells the page through callback parameters: {@code status} saved,
     * stale (with the newer {@code answer} now in force), invalid, expired, closed or error.
     */
    public void save() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String itemId = params.get("item");
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("item", itemId);
        if (sheet == null || itemId == null || !sheet.hasItem(itemId)) {
            ajax.addCallbackParam("status", "error");
            return;
        }
        Answer answer;
        try {
            answer = parse(params.get("answer"));
        } catch (JsonParsingException | ClassCastException | IllegalArgumentException e) {
            ajax.addCallbackParam("status", "invalid");
            return;
        }
        try {
            AttemptViews.Saved saved = attempts.save(sheet.getId(), itemId, answer, revisions.getOrDefault(itemId, 0));
            revisions.put(itemId, saved.revision());
            ajax.addCallbackParam("status", "saved");
        } catch (DomainException e) {
            switch (e.type()) {
                case "stale-save" -> {
                    // Another tab or device saved since: take its answer and revision, never overwrite it.
                    AttemptViews.Sheet fresh = attempts.get(sheet.getId());
                    if (!"IN_PROGRESS".equals(fresh.state())) {
                        ajax.addCallbackParam("status", "closed");
                        return;
                    }
                    AttemptViews.SavedAnswer newer = fresh.responses().get(itemId);
                    revisions.put(itemId, newer == null ? 0 : newer.revision());
                    ajax.addCallbackParam("status", "stale");
                    ajax.addCallbackParam("answer", newer == null ? "{}" : json(newer.answer()));
                }
                case "invalid-answer" -> ajax.addCallbackParam("status", "invalid");
                case "attempt-expired" -> ajax.addCallbackParam("status", "expired");
                // Withdrawn from the cohort: the attempt was closed then, and the page shows its result.
                case "attempt-closed", "not-enrolled" -> ajax.addCallbackParam("status", "closed");
                default -> ajax.addCallbackParam("status", "error");
            }
        }
    }

    /** The learner confirmed: grade it and show the result at the attempt's address. */
    public String submit() {
        try {
            attempts.submit(sheet.getId());
        } catch (DomainException e) {
            // Already closed by the time limit: the result page says so.
        }
        return addressOf(sheet.getId());
    }

    /** The countdown reached zero: the server submits if its clock agrees, and the page shows what it says. */
    public String timeUp() {
        try {
            attempts.timeUp(sheet.getId());
        } catch (DomainException e) {
            // the result page explains
        }
        return addressOf(sheet.getId());
    }

    private void show(AttemptViews.Sheet loaded) {
        intro = new QuizIntro(attempts.intro(loaded.quizId(), loaded.cohortId()));
        quiz = loaded.quizId();
        cohort = loaded.cohortId();
        if (loaded.result() != null) {
            // Review links only where the review shows an item as missed (it names the objective only then).
            boolean missed = loaded.result().items() != null && loaded.result().items().stream()
                    .anyMatch(QuizResult::missed);
            result = new QuizResult(loaded, intro, missed ? lessons.reviewLinks(loaded.quizId(), loaded.cohortId()) : null);
            mode = "result";
        } else {
            sheet = new QuizAttempt(loaded);
            revisions.clear();
            loaded.responses().forEach((item, saved) -> revisions.put(item, saved.revision()));
            mode = "attempt";
        }
    }

    private String addressOf(AttemptViews.Sheet started) {
        return addressOf(started.id());
    }

    private String addressOf(String attemptId) {
        return "/app/quiz.xhtml?faces-redirect=true&quiz=" + encode(quiz) + "&cohort=" + encode(cohort)
                + "&attempt=" + encode(attemptId);
    }

    /** The link back to the start screen. */
    public String getStartAddress() {
        return "quiz.xhtml?quiz=" + encode(quiz) + "&cohort=" + encode(cohort);
    }

    static String encodePart(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String message(DomainException e) {
        return switch (e.type()) {
            case "not-enrolled" -> "You are not an active learner in a cohort that takes this quiz.";
            case "not-found" -> "This quiz or attempt does not exist, or it is not yours.";
            case "cohort-required" -> "You take this course in more than one cohort: open the quiz from My learning.";
            case "attempts-exhausted" -> "You have used all the attempts this quiz allows.";
            case "quiz-not-open" -> "This quiz is not open yet.";
            case "quiz-closed" -> "This quiz is closed.";
            default -> e.getMessage();
        };
    }

    /** The answer the page sends, in the API's shape; an empty object clears the answer. */
    static Answer parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no answer");
        }
        JsonObject o = Json.createReader(new StringReader(text)).readObject();
        List<String> selected = null;
        if (o.get("selected") instanceof JsonArray array) {
            selected = array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        Map<String, String> pairs = null;
        if (o.get("pairs") instanceof JsonObject map) {
            pairs = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> pair : map.entrySet()) {
                pairs.put(pair.getKey(), ((JsonString) pair.getValue()).getString());
            }
        }
        Boolean truth = o.get("truth") == JsonValue.TRUE ? Boolean.TRUE : o.get("truth") == JsonValue.FALSE ? Boolean.FALSE : null;
        Double number = o.get("number") instanceof JsonNumber n ? n.doubleValue() : null;
        String text2 = o.get("text") instanceof JsonString s ? s.getString() : null;
        return new Answer(selected, pairs, truth, number, text2);
    }

    /** The learner's own answer as JSON, for the page to put back into its inputs. */
    static String json(Answer answer) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (answer.selected() != null) {
            o.add("selected", Json.createArrayBuilder(answer.selected()));
        }
        if (answer.pairs() != null) {
            JsonObjectBuilder pairs = Json.createObjectBuilder();
            answer.pairs().forEach(pairs::add);
            o.add("pairs", pairs);
        }
        if (answer.truth() != null) {
            o.add("truth", answer.truth());
        }
        if (answer.number() != null) {
            o.add("number", answer.number());
        }
        if (answer.text() != null) {
            o.add("text", answer.text());
        }
        return o.build().toString();
    }

    static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }

    public String getMode() {
        return mode;
    }

    public String getError() {
        return error;
    }

    public QuizIntro getIntro() {
        return intro;
    }

    public QuizAttempt getSheet() {
        return sheet;
    }

    public QuizResult getResult() {
        return result;
    }

    /** The page's heading: the quiz title once it is known. */
    public String getTitle() {
        return intro == null ? "Quiz" : intro.getTitle();
    }

    /** Display helpers shared by the attempt and result views. */
    static List<ItemInProgress.Option> options(List<AttemptViews.Choice> choices) {
        List<ItemInProgress.Option> out = new ArrayList<>();
        for (AttemptViews.Choice choice : choices) {
            out.add(new ItemInProgress.Option(choice.id(), choice.text()));
        }
        return out;
    }
}
