/** Storage table of disclosures: each time a learner was shown to an employer in a candidate list. */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface DisclosureTable {
  id: string;
  learner_id: string;
  role_id: string;
  employer_id: string;
  /** Position in the list (1 = first); 0 for an opened card. */
  rank: number;
  /** The score shown, in basis points (score × 10 000), so both dialects store an integer. */
  score_bp: number;
  shown_at: string;
  /** `list`: shown in a candidate list; `card`: the employer opened the learner's candidate card. */
  view: Generated<string>;
}

export type DisclosureRow = Selectable<DisclosureTable>;
export type NewDisclosureRow = Insertable<DisclosureTable>;
