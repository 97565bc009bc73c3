/**
 * What every next step a person reads must be, in either language: a whole sentence that says
 * what to do about what in the task's words (quoted), with no generic word of its own and nothing
 * left unfilled; a task that did not read as work on something keeps the sentence with the task.
 */
import { GENERIC_WORDS, type NextStepCode, type NextStepParams } from '@skillbank/matcher';
import { expect } from 'vitest';

/** The parts of a step the wording takes the topic from. */
const NAMES_TOPIC: readonly NextStepCode[] = ['course_and_project', 'learn_and_practise'];

export function expectStepSentence(
  lang: 'zh' | 'en',
  step: { code: NextStepCode; params: NextStepParams },
  text: string,
): void {
  const { task, doing, topic } = step.params;
  const where = `${step.code} ${JSON.stringify(step.params)} → ${text}`;
  expect(text, where).not.toMatch(/undefined|null|⟦/);
  if (doing === undefined) {
    // No reading: the plain sentence, with the whole statement after it.
    expect(text, where).toMatch(new RegExp(`[：:] ?${task.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    return;
  }
  // A whole sentence.
  expect(text, where).toMatch(lang === 'zh' ? /^[^。]+。$/ : /^[A-Z][\s\S]*\.$/);
  expect(text, where).toContain(`“${doing}”`);
  if (topic !== undefined && NAMES_TOPIC.includes(step.code)) expect(text, where).toContain(`“${topic}”`);
  // The sentence's own words, the task's quoted words taken out.
  const frame = text.replace(/“[^”]*”/g, '');
  if (lang === 'zh') {
    expect(frame, where).not.toMatch(/[A-Za-z]/);
    for (const word of GENERIC_WORDS) expect(frame, `${word}: ${where}`).not.toContain(word);
  } else {
    expect(frame, where).toMatch(/^[\x20-\x7e’—]+$/);
  }
}
