/** A role as the API shows it: the stored role plus its occupation's facts and the taxonomy version. */
import type { Role, TaxonomyInfo } from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';

export function toRoleJson(
  role: Role,
  { matcher, taxonomy }: { matcher: MatcherIndex; taxonomy: TaxonomyInfo },
) {
  const occupation = role.occupationCode ? matcher.occupation(role.occupationCode) : null;
  return {
    id: role.id,
    employerId: role.employerId,
    title: role.title,
    description: role.description,
    occupationCode: role.occupationCode,
    occupation: occupation
      ? { code: occupation.code, name: occupation.name, digital: occupation.digital, green: occupation.green }
      : null,
    taxonomy: { id: taxonomy.id, version: taxonomy.version },
    requirements: role.requirements.map((r) => ({ ...r })),
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}
