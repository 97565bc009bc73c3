/** The scheme of the 2022 national occupational classification (中华人民共和国职业分类大典 2022年版). */
import type { SchemeSpec } from './scheme.spec.js';

/**
 * Codes `M-MM-MM-MM` (大类, 中类, 小类, 职业), tasks `2-02-38-01#3`, markers digital (数字职业), green
 * (绿色职业) and new in 2022 (新增职业). Also the scheme of taxonomies stored or shipped without one.
 */
export const CN2022_SCHEME: SchemeSpec = {
  id: 'cn2022',
  separator: '-',
  levels: [
    {
      rank: 'major',
      segment: { chars: 'digit', length: 1 },
      shape: 'M',
      name: { zh: '大类', en: 'major group', enPlural: 'major groups' },
    },
    {
      rank: 'middle',
      segment: { chars: 'digit', length: 2 },
      shape: 'MM',
      name: { zh: '中类', en: 'middle group', enPlural: 'middle groups' },
    },
    {
      rank: 'minor',
      segment: { chars: 'digit', length: 2 },
      shape: 'MM',
      name: { zh: '小类', en: 'minor group', enPlural: 'minor groups' },
    },
    {
      rank: 'occupation',
      segment: { chars: 'digit', length: 2 },
      shape: 'MM',
      name: { zh: '职业', en: 'occupation', enPlural: 'occupations' },
    },
  ],
  taskSeparator: '#',
  examples: { occupation: '2-02-38-01', groups: ['2', '2-02', '2-02-38'] },
  markers: { digital: 'digital', green: 'green', isNew: 'new_in_2022' },
  // 新八级 is the ladder of 技能人员: the trades of 大类 4 (social production and life services), 5
  // (agriculture, forestry, animal husbandry, fishery) and 6 (production and manufacturing). 专业技术
  // 人员 (大类 2) are graded by 职称, not by it; digital occupations are left out: their skills are
  // tools and platforms (Python, live-streaming) judged by the work shown, not by a trade's ladder.
  skillLadder: { majorGroups: ['4', '5', '6'], digital: false },
};
