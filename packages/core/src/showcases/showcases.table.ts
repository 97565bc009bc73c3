/** Storage table of skill showcases: a learner's public, revocable link to chosen attested entries. */
import type { Generated, Insertable, Selectable } from 'kysely';

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
  /** The name shown (`null`: the account's name). */
  display_name: string | null;
  /** School and field the graduate chose to show (`null`: not shown). */
  school: string | null;
  field: string | null;
  /** 1: show a summary of the shown pieces' skills; 0: not. */
  show_summary: Generated<number>;
  /** 1: show the occupations the shown pieces fit best; 0: not. */
  show_best_fits: Generated<number>;
}

export type ShowcaseRow = Selectable<ShowcaseTable>;
export type NewShowcaseRow = Insertable<ShowcaseTable>;
