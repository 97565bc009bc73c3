/**
 * The features a job title gives the classifier for each candidate occupation, by name. A leaf
 * module (no imports): settings that name features (the classifier's weights, the role reading's)
 * use it without tying themselves to the code that computes them.
 */
export const FEATURES = [
  /** cos(title, occupation name). */
  'name',
  /** cos(title, whole occupation profile). */
  'profile',
  /** Share of the title's characters covered by an alias naming this occupation. */
  'alias',
  /** 1 when this occupation is named by the longest alias in the title. */
  'longestAlias',
  /** Share of the title covered by an alias naming this occupation's minor or middle group. */
  'groupAlias',
  /** Share of the nearest labelled titles' votes given to this occupation. */
  'neighbour',
  /** Share of those votes given to a group this occupation belongs to. */
  'neighbourGroup',
  /** Share of those votes given to its siblings (same minor group). */
  'neighbourSibling',
  /** A manager's title (经理, 总监, 负责人) and an occupation of managers (major group 1). */
  'manager',
] as const;

export type FeatureName = (typeof FEATURES)[number];
