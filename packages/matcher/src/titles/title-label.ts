/** What a labelled code points at: one occupation, or a group whose every occupation counts. */

export interface CodeTarget {
  level: 'occupation' | 'minor' | 'middle' | 'major';
  /** Occupation code, or the group's own code (`2-05-08`, `2-06`, `6`). */
  target: string;
}

/**
 * Resolves a label: an occupation of the taxonomy; else the group its `-00` form names; else (a
 * code another printing numbers differently) its minor group. Null when none exists.
 *
 * @example resolveCode('2-05-08-00', occupations, groups) // { level: 'minor', target: '2-05-08' }
 */
export function resolveCode(
  code: string,
  occupations: { has(code: string): boolean },
  groups: { has(code: string): boolean },
): CodeTarget | null {
  if (occupations.has(code)) return { level: 'occupation', target: code };
  const [major = '', middle = '', minor = ''] = code.split('-');
  if (middle === '00' && groups.has(major)) return { level: 'major', target: major };
  if (minor === '00' && groups.has(`${major}-${middle}`))
    return { level: 'middle', target: `${major}-${middle}` };
  if (groups.has(`${major}-${middle}-${minor}`))
    return { level: 'minor', target: `${major}-${middle}-${minor}` };
  return null;
}

/** Whether an occupation code falls under a target. */
export function isUnder(target: CodeTarget, code: string): boolean {
  return target.level === 'occupation' ? code === target.target : code.startsWith(`${target.target}-`);
}
