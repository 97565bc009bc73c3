/**
 * The published roles still taking interest, with their requirements vectorised compactly for
 * ranking against one graduate, kept while nothing changed: the cache is keyed by a stamp of the
 * published roles (how many, and the latest change — every edit, publication and closing moves it)
 * and the China date (closing dates pass at midnight there). On a change only roles whose
 * `updatedAt` moved are vectorised again.
 */
import {
  type Db,
  getAccounts,
  listOpenRoles,
  publishedRolesStamp,
  type Role,
  roleToday,
} from '@skillbank/core';
import type { MatcherIndex, RoleRequirements } from '@skillbank/matcher';

export interface OpenRole {
  role: Role;
  employer: { id: string; name: string; organisation: string | null };
  /** The role's occupation is digital / green (false without an occupation). */
  digital: boolean;
  green: boolean;
  vectors: RoleRequirements;
}

export interface OpenRolesSnapshot {
  key: string;
  roles: OpenRole[];
  /** What the last refresh did, for logs and benchmarks. */
  loaded: { roles: number; vectorised: number; ms: number };
}

export class OpenRolesCache {
  readonly #db: Db;
  readonly #matcher: MatcherIndex;
  #current: OpenRolesSnapshot | null = null;
  #pending: { key: string; promise: Promise<OpenRolesSnapshot> } | null = null;

  constructor(db: Db, matcher: MatcherIndex) {
    this.#db = db;
    this.#matcher = matcher;
  }

  get matcher(): MatcherIndex {
    return this.#matcher;
  }

  /** The open roles as of `now`: the cached list when no published role changed since. */
  async snapshot(now: Date = new Date()): Promise<OpenRolesSnapshot> {
    const key = `${await publishedRolesStamp(this.#db)}@${roleToday(now)}`;
    if (this.#current?.key === key) return this.#current;
    if (this.#pending?.key === key) return this.#pending.promise;
    const promise = this.#load(key, now).finally(() => {
      if (this.#pending?.key === key) this.#pending = null;
    });
    this.#pending = { key, promise };
    return promise;
  }

  async #load(key: string, now: Date): Promise<OpenRolesSnapshot> {
    const started = performance.now();
    const known = new Map(this.#current?.roles.map((r) => [r.role.id, r]));
    const roles = await listOpenRoles(this.#db, { now: () => now });
    const employers = new Map(
      (await getAccounts(this.#db, [...new Set(roles.map((r) => r.employerId))])).map((a) => [a.id, a]),
    );
    let vectorised = 0;
    const open = roles.map((role): OpenRole => {
      const cached = known.get(role.id);
      const employer = employers.get(role.employerId);
      const occupation = role.occupationCode ? this.#matcher.occupation(role.occupationCode) : null;
      let vectors = cached?.role.updatedAt === role.updatedAt ? cached.vectors : null;
      if (!vectors) {
        vectorised += 1;
        vectors = this.#matcher.roleRequirements(requirementInputs(role));
      }
      return {
        role,
        employer: {
          id: role.employerId,
          name: employer?.name ?? '',
          organisation: employer?.organisation ?? null,
        },
        digital: occupation?.digital ?? false,
        green: occupation?.green ?? false,
        vectors,
      };
    });
    const snapshot: OpenRolesSnapshot = {
      key,
      roles: open,
      loaded: { roles: open.length, vectorised, ms: performance.now() - started },
    };
    this.#current = snapshot;
    return snapshot;
  }
}

/** A role's requirements in the matcher's input form (the one mapping, for ranking and explaining). */
export function requirementInputs(role: Role) {
  return role.requirements.map((r) => ({
    id: r.id,
    text: r.text,
    essential: r.essential,
    ...(r.minLevel === null ? {} : { minLevel: r.minLevel }),
  }));
}
