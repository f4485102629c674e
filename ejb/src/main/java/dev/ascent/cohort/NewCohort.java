package dev.ascent.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A cohort to create: it takes the current version of the course with this slug. */
public record NewCohort(@NotBlank String providerId, @NotBlank @Size(max = 200) String name,
                        @NotBlank @Size(max = 100) String courseSlug, LocalDate startsOn, LocalDate endsOn) {
}
