/**
 * The band beside a score, in words, the same wherever a score is shown: an occupation match's
 * calibrated band (强 / 中 / 弱, `bandOf` in the matcher) and a role fit's band (`roleBand`), which the
 * graduate and the employer both see. The hint says what the band means.
 */
import { type Band, bandOf } from '@skillbank/matcher';
import type { Messages } from '../i18n.js';

/** An occupation match's band; give `band` when the result carries one, else it is read from `score`. */
export function OccupationBand({ m, band, score }: { m: Messages; band?: Band; score?: number }) {
  const b = band ?? bandOf(score ?? 0);
  return (
    <span class={`band band-${b}`} title={m.bandHint}>
      <span class="sr-only">{m.bandName} </span>
      {m.band[b]}
    </span>
  );
}

/** A score and its band in running text: "36%（弱）". */
export function scoreWithBand(m: Messages, shown: string, score: number): string {
  return m.scoreBand(shown, m.band[bandOf(score)]);
}

/** A role fit's band: every essential requirement met and the score (`hiring/role-band.ts`). */
export function RoleBandTag({ m, band }: { m: Messages; band: Band }) {
  const [tone, label] =
    band === 'strong'
      ? ['ok', m.bandStrong]
      : band === 'moderate'
        ? ['plain', m.bandModerate]
        : ['warn', m.bandWeak];
  return (
    <span class={`tag ${tone}`} title={m.roleBandHint}>
      {label}
    </span>
  );
}
