/**
 * The cohort report's learners table on a phone: each learner a card of its own, a line for each
 * column with the column's name before the value (`data-label` on each cell), so nothing is cut at
 * the screen's edge or needs sideways scrolling (the English table was wider than 375 px and hid
 * the band); an empty cell (no score yet) is left out. Wider screens keep the table. In the report's
 * stylesheet and the site's.
 */
export const LEARNER_CARDS_CSS =
  '@media (max-width:600px){' +
  'table.learners thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}' +
  'table.learners,table.learners tbody,table.learners tr,table.learners th,table.learners td{display:block;width:auto}' +
  'table.learners tr{border-bottom:1px solid #d0d7de;padding:.5rem 0}' +
  'table.learners tr>*{border:0;padding:.1rem 0;text-align:left;white-space:normal!important;overflow-wrap:anywhere}' +
  'table.learners th[scope=row]{font-size:1rem}' +
  'table.learners td[data-label]::before{content:attr(data-label);display:inline-block;min-width:6.5em;margin-right:.5rem;color:#57606a;font-size:.85rem}' +
  'table.learners td.fits::before{display:block}table.learners td:empty{display:none}' +
  '}';
