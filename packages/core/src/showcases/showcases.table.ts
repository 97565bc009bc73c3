/** Storage table of skill showcases: a learner's public, revocable link to chosen attested entries. */
import type { Insertable, Selectable } from 'kysely';

export interface ShowcaseTable {
  id: string;
  /** The unguessable part of the public link (144 random bits). */
  slug: string;
  learner_id: string;
  title: string;
  /** JSON array of evidence ids, in the order the learner chose. */
  evidence_ids: string;
  created_at: string;
  /** Set when the learner revokes the link; the link then shows nothing. */
  revoked_at: string | null;
}

export type ShowcaseRow = Selectable<ShowcaseTable>;
export type NewShowcaseRow = Insertable<ShowcaseTable>;
