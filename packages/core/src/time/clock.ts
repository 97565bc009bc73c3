/** The clock: every function that stamps a time takes `{ now }` so tests and use cases can set it. */

/** The current moment. */
export type Now = () => Date;

/** Options of functions that stamp a time; the system clock when `now` is not given. */
export interface Clock {
  now?: Now;
}

export const systemNow: Now = () => new Date();
