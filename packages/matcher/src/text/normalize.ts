/** Text normalisation shared by every analyser: width, case, and the split into Chinese and Latin runs. */

/** Folds full-width forms and compatibility characters (NFKC) and lower-cases Latin letters. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A maximal run of one script: `cjk` is Han characters, `latin` letters/digits (with `+#.` inside words). */
export interface TextRun {
  script: 'cjk' | 'latin';
  text: string;
}

const RUN = /([\u3400-\u4dbf\u4e00-\u9fff]+)|([a-z0-9][a-z0-9+#.]*)/g;

/**
 * Splits normalised text into runs of Han characters and Latin words; punctuation and spaces
 * separate runs and are dropped.
 *
 * @example splitRuns('用python做数据分析') // [{cjk,'用'}, {latin,'python'}, {cjk,'做数据分析'}]
 */
export function splitRuns(normalized: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of normalized.matchAll(RUN)) {
    if (match[1] !== undefined) runs.push({ script: 'cjk', text: match[1] });
    else if (match[2] !== undefined) runs.push({ script: 'latin', text: match[2].replace(/\.+$/, '') });
  }
  return runs;
}
