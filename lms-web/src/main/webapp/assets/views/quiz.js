// A quiz before it is taken (#/quiz/<code>, the page a QUIZ lesson links to): what it asks, its
// limits as the server states them, the learner's attempts so far, and one button to start or
// resume. Whether the learner may start is the server's answer, shown in words.

import { h, fill } from '../dom.js';
import { t, hasText } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { formatInstant } from '../format.js';
import { session } from '../session.js';

function quizCode() {
  const match = window.location.hash.match(/^#\/quiz\/([^/?]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The UI key for a refusal the server names (attempts-used-up, not-open-yet ...). */
export function refusalKey(code) {
  const known = ['attempts-used-up', 'not-open-yet', 'closed', 'not-in-cohort', 'time-over', 'already-submitted',
    'not-submitted', 'not-your-attempt'];
  return known.includes(code) ? `assessment.refusal.${code}` : null;
}

export function problemKey(result) {
  const code = result.body?.type?.split(':').pop();
  return refusalKey(code) ?? failureKey(result);
}

export function scoreText(summary) {
  if (summary.score === null || summary.score === undefined) {
    return t('assessment.scoreHeld', { when: formatInstant(summary.feedbackAt, { withTime: true }) });
  }
  const percent = summary.maxScore ? Math.round((100 * summary.score) / summary.maxScore) : 0;
  const points = Number.isInteger(summary.score) ? summary.score : summary.score.toFixed(1);
  return t('assessment.score', { points, max: summary.maxScore, percent });
}

function attemptRow(attempt) {
  const state = attempt.submittedAt
    ? (attempt.passed === true ? t('assessment.passed') : attempt.passed === false ? t('assessment.notPassed') : '')
    : t('assessment.inProgress');
  const link = attempt.submittedAt ? `#/attempt/${attempt.attemptId}/result` : `#/attempt/${attempt.attemptId}`;
  return h('li', { class: 'quiz-attempt-row' },
    h('a', { href: link }, t('assessment.attemptNumber', { number: attempt.number })),
    ' · ', formatInstant(attempt.startedAt, { withTime: true }),
    attempt.submittedAt ? h('span', {}, ' · ', scoreText(attempt)) : null,
    state ? h('span', { class: 'badge' }, state) : null,
    attempt.expired ? h('span', { class: 'muted' }, ` (${t('assessment.closedByDeadline')})`) : null);
}

export async function render(view) {
  const code = quizCode();
  if (!code) {
    fill(view, h('h1', {}, t('common.notFound')));
    return;
  }
  if (!session().signedIn) {
    fill(view, h('h1', {}, t('assessment.quiz')),
      h('p', { class: 'actions' }, h('a', { class: 'button', href: `#/sign-in?next=/quiz/${encodeURIComponent(code)}` },
        t('nav.signIn'))));
    return;
  }
  fill(view, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/assessment/quiz/${encodeURIComponent(code)}`);
  if (!result.ok) {
    fill(view, h('h1', {}, t('assessment.quiz')), h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const quiz = result.body;
  const message = h('p', { class: 'error', role: 'alert', 'data-testid': 'quiz-message' });
  const rules = [
    t('assessment.items', { count: quiz.itemCount }),
    quiz.timeLimitMinutes ? t('assessment.timeLimit', { minutes: quiz.timeLimitMinutes }) : t('assessment.noTimeLimit'),
    quiz.maxAttempts ? t('assessment.attemptsLeft', { used: quiz.attemptsUsed, max: quiz.maxAttempts })
      : t('assessment.attemptsUnlimited', { used: quiz.attemptsUsed }),
    t('assessment.passMark', { percent: quiz.passPercent }),
    t(quiz.feedback === 'AFTER_CLOSE' ? 'assessment.feedbackAfterClose' : 'assessment.feedbackImmediate'),
  ];
  if (quiz.closesAt) {
    rules.push(t('assessment.window', { from: formatInstant(quiz.opensAt, { withTime: true }),
      to: formatInstant(quiz.closesAt, { withTime: true }) }));
  }
  let action;
  if (quiz.openAttemptId) {
    action = h('a', { class: 'button button-big', href: `#/attempt/${quiz.openAttemptId}`, 'data-testid': 'quiz-start' },
      t('assessment.resume'));
  } else if (quiz.refusal) {
    action = h('p', { class: 'notice', 'data-testid': 'quiz-refusal' }, t(refusalKey(quiz.refusal) ?? 'common.notAllowed'));
  } else {
    action = h('button', { type: 'button', class: 'button button-big', 'data-testid': 'quiz-start' },
      t(quiz.attemptsUsed ? 'assessment.startAgain' : 'assessment.start'));
    action.addEventListener('click', async () => {
      action.disabled = true;
      const started = await postJson(`/api/assessment/quiz/${encodeURIComponent(code)}/attempts`);
      if (!started.ok) {
        action.disabled = false;
        message.textContent = t(problemKey(started));
        return;
      }
      window.location.hash = `#/attempt/${started.body.attemptId}`;
    });
  }
  const proficiency = quiz.attempts.length ? await getJson('/api/assessment/me/proficiency') : { ok: false };
  const skills = proficiency.ok ? proficiency.body.filter((p) => p.kind === 'skill') : [];
  fill(view,
    h('h1', {}, quiz.title),
    quiz.description ? h('p', {}, quiz.description) : null,
    h('ul', { class: 'quiz-rules', 'data-testid': 'quiz-rules' }, rules.map((rule) => h('li', {}, rule))),
    h('p', { class: 'actions' }, action),
    message,
    quiz.attempts.length ? h('section', { class: 'card' }, h('h2', {}, t('assessment.history')),
      h('ul', { class: 'quiz-attempts', 'data-testid': 'quiz-attempts' }, quiz.attempts.map(attemptRow))) : null,
    skills.length ? h('section', { class: 'card' }, h('h2', {}, t('assessment.proficiency')),
      h('ul', { class: 'quiz-proficiency', 'data-testid': 'quiz-proficiency' }, skills.map((p) => h('li', {},
        h('span', {}, t('assessment.proficiencyRow', {
          name: hasText(`assessment.skill.${p.name}`) ? t(`assessment.skill.${p.name}`) : p.name,
          percent: p.percent, items: p.items })),
        h('progress', { max: 100, value: p.percent, 'aria-hidden': 'true' }))))) : null);
}
