/** Leases: work that one process at a time may do (on SQLite; PostgreSQL uses advisory locks). */

/** A named lease held by one process until `expires_at` (ISO time), renewed while it works. */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}
