/** Storage tables of Open Badges: issued credentials, revocation status lists, imported credentials. */
import type { Insertable, Selectable } from 'kysely';

export interface StatusListTable {
  id: string;
  /** Number of entries (bits). */
  length: number;
  /** Indexes handed out so far. */
  allocated: number;
  created_at: string;
}

export interface IssuedCredentialTable {
  /** The credential's own id, `urn:uuid:…`. */
  id: string;
  evidence_id: string;
  attestation_id: string;
  learner_id: string;
  issuer_did: string;
  status_list_id: string;
  status_index: number;
  /** The signed credential (JSON-LD with its Data Integrity proof), as issued. */
  document: string;
  /** The same credential as a VC-JWT, signed at the same moment (the attester's key is only open then). */
  jwt: string;
  created_at: string;
  /** Set when the evidence was revoked: the status list bit is on from then. */
  revoked_at: string | null;
}

export interface ImportedCredentialTable {
  /** The `credential` evidence the import became. */
  evidence_id: string;
  learner_id: string;
  format: 'ldp_vc' | 'jwt_vc';
  /** What the learner uploaded: the JWT text, or the JSON text of the credential. */
  original: string;
  original_sha256: string;
  issuer_id: string;
  issuer_name: string | null;
  /** JSON `{ok, checks}` at import time. */
  verification: string;
  /** JSON list of the taxonomy alignments understood. */
  alignments: string;
  imported_at: string;
}

export type StatusListRow = Selectable<StatusListTable>;
export type IssuedCredentialRow = Selectable<IssuedCredentialTable>;
export type NewIssuedCredentialRow = Insertable<IssuedCredentialTable>;
export type ImportedCredentialRow = Selectable<ImportedCredentialTable>;
export type NewImportedCredentialRow = Insertable<ImportedCredentialTable>;
