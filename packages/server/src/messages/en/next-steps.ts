/** English: the matcher's next steps for an uncovered task, by code (the task's words stay as written, in quotes). */
import type { NextStepMessages } from '../zh/next-steps.js';

export const nextSteps: NextStepMessages = {
  attest_partial: ({ task, doing }) =>
    doing
      ? `Some of your evidence already touches “${doing}”: add how you did it and what came of it, and ask a teacher or employer to attest it.`
      : `Some of your evidence already touches this task: add how you did it and what came of it, and ask a teacher or employer to attest it: ${task}`,
  add_detail: ({ task, doing }) =>
    doing
      ? `Say in your existing evidence exactly how you did “${doing}”: what you used, the steps you took and what you produced.`
      : `Say in your existing evidence exactly how you did it: ${task}`,
  get_assessed: ({ task, doing, standard, tool }) =>
    doing
      ? `Take a vocational skill level assessment or a test of this work in which you do “${doing}”${tool ? ` with “${tool}”` : ''}${standard ? ` following “${standard}”` : ''}, and add the result to your account.`
      : `Take a vocational skill level assessment or a related test that shows you can do it: ${task}`,
  course_and_project: ({ task, doing, topic }) =>
    doing
      ? `Take a course ${topic ? `on “${topic}”` : 'on it'}, then do a small project — “${doing}” — and record how you did it and what it produced.`
      : `Take a related course, then do a small project and record what it produced: ${task}`,
  practise_hands_on: ({ task, doing, tool }) =>
    doing
      ? `In training, a placement or at work, do “${doing}” once${tool ? ` with “${tool}”` : ''}, and record how you did it (the carry-out and check steps of the six).`
      : `Do it once in training, a placement or at work and record how you did it (the carry-out and check steps of the six): ${task}`,
  practise_service: ({ task, doing }) =>
    doing
      ? `Take on “${doing}” in a placement or as a volunteer, and ask your supervisor or employer to attest it.`
      : `Take on this work in a placement or as a volunteer, and ask your supervisor or employer to attest it: ${task}`,
  learn_and_practise: ({ task, doing, topic }) =>
    doing
      ? `Learn about ${topic ? `“${topic}”` : 'this work'} in a course or practical training, then do “${doing}” yourself once and record it.`
      : `Learn it through a course or practical training, then put it into practice: ${task}`,
};
