package dev.ascent.shared;

import dev.ascent.attempt.AttemptResource;
import dev.ascent.attempt.RegradeResource;
import dev.ascent.cohort.CohortResource;
import dev.ascent.cohort.EnrollmentResource;
import dev.ascent.cohort.InviteResource;
import dev.ascent.cohort.JoinResource;
import dev.ascent.cohort.MyLearningResource;
import dev.ascent.course.CourseResource;
import dev.ascent.grade.GradebookResource;
import dev.ascent.grade.ItemAnalysisResource;
import dev.ascent.grade.LearnerGradesResource;
import dev.ascent.grade.OverrideResource;
import dev.ascent.grade.ProviderItemAnalysisResource;
import dev.ascent.grade.ResponsesExportResource;
import dev.ascent.identity.MeResource;
import dev.ascent.identity.SessionResource;
import dev.ascent.lesson.LessonResource;
import dev.ascent.provider.ProviderResource;
import dev.ascent.quiz.AccommodationResource;
import dev.ascent.quiz.QuizSettingsResource;
import java.util.HashSet;
import java.util.Set;

/**
 * Every resource and provider the API publishes, listed by hand: the JAX-RS application does not
 * scan, so a jar in the EAR's lib/ can never add endpoints or providers under /api. A new
 * {@code @Path} or {@code @Provider} class (resource, exception mapper, filter, reader) must be
 * added here; {@code ApiComponentsTest} fails the build when one is missing.
 */
public final class ApiComponents {

    public static final Set<Class<?>> RESOURCES = Set.of(
            AttemptResource.class,
            RegradeResource.class,
            CohortResource.class,
            EnrollmentResource.class,
            InviteResource.class,
            JoinResource.class,
            MyLearningResource.class,
            CourseResource.class,
            LessonResource.class,
            GradebookResource.class,
            ItemAnalysisResource.class,
            OverrideResource.class,
            LearnerGradesResource.class,
            ProviderItemAnalysisResource.class,
            ResponsesExportResource.class,
            MeResource.class,
            SessionResource.class,
            ProviderResource.class,
            QuizSettingsResource.class,
            AccommodationResource.class,
            HealthResource.class);

    public static final Set<Class<?>> PROVIDERS = Set.of(
            ProblemMapper.class,
            ValidationProblemMapper.class,
            JsonbResolver.class,
            StrictJsonReader.class,
            BodyLimit.class);

    private ApiComponents() {
    }

    public static Set<Class<?>> all() {
        return union(RESOURCES, PROVIDERS);
    }

    public static Set<Class<?>> union(Set<Class<?>> first, Set<Class<?>> second) {
        Set<Class<?>> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
