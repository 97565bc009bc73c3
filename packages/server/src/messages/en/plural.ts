/** English counts with the noun in the number it takes: `counted(1, 'learner')` is “1 learner”. */

/**
 * The count and the noun, singular for exactly one.
 * @example counted(2, 'piece', 'pieces') + ' of evidence' // '2 pieces of evidence'
 */
export const counted = (n: number | string, one: string, many = `${one}s`): string =>
  `${n} ${Number(n) === 1 ? one : many}`;
