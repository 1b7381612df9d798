/**
 * Spaced-repetition scheduling with FSRS-6 (Free Spaced Repetition Scheduler, 21 weights), in
 * plain Java with no dependencies, so vocabulary and kanji from the JLPT courses can be put in a
 * review queue.
 *
 * <p>It follows the published FSRS-6 formulas and default weights of the Open Spaced Repetition
 * reference implementations: the scheduler of py-fsrs 6 ({@code fsrs/scheduler.py}: learning
 * and relearning steps, same-day short-term stability, whole-day intervals), whose numbers
 * agree with fsrs-rs and ts-fsrs. The tests pin reference values published in those projects'
 * test suites. Where it differs from py-fsrs it is to stay deterministic: interval fuzz is off
 * unless a {@link java.util.random.RandomGenerator} is given, and time is always passed in (no
 * clock is read anywhere). docs/ASSESSMENT-FSRS.md lists every difference.
 *
 * <p>Entry point: {@link org.manabi.content.review.fsrs.FsrsScheduler}.
 */
package org.manabi.content.review.fsrs;
