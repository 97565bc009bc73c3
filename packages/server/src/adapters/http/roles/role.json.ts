/** A role as the API shows it: the stored role plus its occupation's facts and the taxonomy version. */
import type { RoleView } from '../../../use-cases/index.js';

export function toRoleJson(role: RoleView) {
  const { occupation } = role;
  return {
    id: role.id,
    employerId: role.employerId,
    title: role.title,
    description: role.description,
    occupationCode: role.occupationCode,
    occupation: occupation
      ? { code: occupation.code, name: occupation.name, digital: occupation.digital, green: occupation.green }
      : null,
    taxonomy: role.taxonomy,
    requirements: role.requirements.map((r) => ({ ...r })),
    status: role.status,
    city: role.city,
    mode: role.mode,
    salaryBand: role.salaryBand ? { ...role.salaryBand } : null,
    closesOn: role.closesOn,
    publishedAt: role.publishedAt,
    closedAt: role.closedAt,
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}
