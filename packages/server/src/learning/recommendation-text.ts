/** A recommended offering explained in a sentence, in the reader's language (numbers from the ranking). */
import { catalogue, type Lang } from '../messages/index.js';
import type { RecommendedOffering, RoleRecommendedOffering } from './recommendations.js';

const points = (x: number) => `${Math.round(x * 1000) / 10}`;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function explainRecommendation(
  lang: Lang,
  item: RecommendedOffering | RoleRecommendedOffering,
): string {
  const m = catalogue(lang).learning;
  const gain = lang === 'zh' ? `${points(item.gain)} 个百分点` : `${points(item.gain)} points`;
  return m.explainItem(
    'coversRequirements' in item ? item.coversRequirements.length : item.coversTasks.length,
    gain,
    pct(item.scoreNow),
    pct(item.scoreAfter),
    item.effort.hours,
    m.costValue(item.effort.costYuan),
  );
}
