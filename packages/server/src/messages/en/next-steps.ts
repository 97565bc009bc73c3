/** English: the matcher's next steps for an uncovered task, by code. */
import type { NextStepMessages } from '../zh/next-steps.js';

export const nextSteps: NextStepMessages = {
  attest_partial: ({ task }) =>
    `Some of your evidence already touches this task: add how you did it and what came of it, and ask a teacher or employer to attest it: ${task}`,
  add_detail: ({ task }) => `Say in your existing evidence exactly how you did it: ${task}`,
  get_assessed: ({ task }) =>
    `Take a vocational skill level assessment or a related test that shows you can do it: ${task}`,
  course_and_project: ({ task }) =>
    `Take a related course, then do a small project and record what it produced: ${task}`,
  practise_hands_on: ({ task }) =>
    `Do it once in training, a placement or at work and record how you did it (the carry-out and check steps of the six): ${task}`,
  practise_service: ({ task }) =>
    `Take on this work in a placement or as a volunteer, and ask your supervisor or employer to attest it: ${task}`,
  learn_and_practise: ({ task }) =>
    `Learn it through a course or practical training, then put it into practice: ${task}`,
};
