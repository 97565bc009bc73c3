/** A role as the use cases answer it: with the facts of its occupation and the taxonomy they come from. */
import type { Role } from '@skillbank/core';
import type { OccupationSummary } from '@skillbank/matcher';
import type { ServedTaxonomy } from '../matching/served-taxonomy.js';

export interface RoleView extends Role {
  occupation: OccupationSummary | null;
  taxonomy: { id: string; version: string };
}

export function roleView({ matcher, taxonomy }: ServedTaxonomy, role: Role): RoleView {
  return {
    ...role,
    occupation: role.occupationCode ? matcher.occupation(role.occupationCode) : null,
    taxonomy: { id: taxonomy.id, version: taxonomy.version },
  };
}
