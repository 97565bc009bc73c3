/**
 * The cohort report's tables on a phone (≤600 px), in the report's stylesheet and the site's (the
 * report page draws the same sections). Wider screens keep the tables as they are.
 *
 * - The learners table (`table.learners`): each learner a card of its own, a line for each column
 *   with the column's name before the value (`data-label` on each cell), so nothing is cut at the
 *   screen's edge or needs sideways scrolling (the English table was wider than 375 px and hid the
 *   band); an empty cell (no score yet) is left out.
 * - Every other table of the report (`table.cards`: occupations, task gaps, missing terms): a card
 *   per row, the cell that names the row (`.lead`: the occupation, the task, the term) first on a
 *   line of its own, then the other cells side by side as `name value` (`data-label`), wrapping as
 *   the width asks; in a table of two columns (`table.cards.pairs`: the missing terms) the name and
 *   its one value share a line where they fit. A task's id (muted, after its text) is not broken. The English occupations table, with its unbreakable code column, was 3 px wider
 *   than a 375 px screen and scrolled sideways inside its box.
 * The column headers stay in the document for screen readers (visually hidden).
 */
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)';

export const TABLE_CARDS_CSS =
  '@media (max-width:600px){' +
  `table.learners thead,table.cards thead{${HIDDEN}}` +
  'table.learners,table.learners tbody,table.learners tr,table.learners th,table.learners td{display:block;width:auto}' +
  'table.learners tr{border-bottom:1px solid #d0d7de;padding:.5rem 0}' +
  'table.learners tr>*{border:0;padding:.1rem 0;text-align:left;white-space:normal!important;overflow-wrap:anywhere}' +
  'table.learners th[scope=row]{font-size:1rem}' +
  'table.learners td[data-label]::before{content:attr(data-label);display:inline-block;min-width:6.5em;margin-right:.5rem;color:#57606a;font-size:.85rem}' +
  'table.learners td.fits::before{display:block}table.learners td:empty{display:none}' +
  'table.cards,table.cards tbody{display:block;width:auto}' +
  'table.cards tr{display:flex;flex-wrap:wrap;gap:.1rem 1rem;border-bottom:1px solid #d0d7de;padding:.45rem 0}' +
  'table.cards tr>*{border:0!important;padding:0!important;min-width:0;text-align:left!important;white-space:normal!important;overflow-wrap:anywhere}' +
  'table.cards tr>.lead{order:-1;flex:1 0 100%}table.cards.pairs tr>.lead{flex:1 1 auto}' +
  'table.cards .lead .muted{white-space:nowrap}' +
  'table.cards td[data-label]:not(.lead)::before{content:attr(data-label);margin-right:.35rem;color:#57606a;font-size:.85rem}' +
  '}';
