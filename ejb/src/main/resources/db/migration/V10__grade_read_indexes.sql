-- The gradebook and item analysis read a cohort's attempts (all of them, or one quiz's submitted
-- ones); without this index each such read scans every cohort's attempts.
create index ix_attempt_cohort_quiz on attempt (cohort_id, quiz_id, state);
