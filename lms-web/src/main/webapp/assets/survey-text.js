// The words of a survey in the reader's language. A standard survey's title, questions and options
// have translations in the survey bundle (keyed by template and code); anything else shows the
// Japanese text to Japanese readers and the English text to everyone else.

import { t, hasText, language } from './i18n.js';

/** The five-point scale each standard Likert question uses. */
const SCALES = {
  overall_satisfaction: 'satisfied',
  company_satisfaction: 'satisfied',
  comprehension: 'understood',
  usefulness: 'agree',
  skills_improved: 'agree',
};

function pick(ja, en) {
  return language() === 'ja' ? ja : en;
}

export function surveyTitle(survey) {
  const key = `survey.std.${survey.template}.title`;
  return survey.template && hasText(key) ? t(key) : pick(survey.titleJa, survey.titleEn);
}

export function questionText(survey, question) {
  const key = `survey.q.${question.code}`;
  return survey.template && hasText(key) ? t(key) : pick(question.promptJa, question.promptEn);
}

export function optionText(survey, question, option) {
  if (survey.template) {
    const scale = SCALES[question.code];
    const key = question.kind === 'LIKERT' && scale ? `survey.scale.${scale}.${option.code}`
      : `survey.o.${question.code}.${option.code}`;
    if (hasText(key)) {
      return t(key);
    }
  }
  return pick(option.labelJa, option.labelEn);
}
