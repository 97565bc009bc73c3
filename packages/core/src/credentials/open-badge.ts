/**
 * An attested piece of evidence as an Open Badges 3.0 `OpenBadgeCredential` (unsigned): the
 * attester is the issuer, the learner the subject (a stable id and, only if they chose to show
 * it, their name), the achievement names the skills or the occupation's tasks, aligned to the
 * classification, and the 新八级 level is a result.
 */
import { createHash } from 'node:crypto';
import type { EvidenceKind } from '../evidence/evidence.vocabulary.js';
import { EVIDENCE_KIND_LABELS, SKILL_LEVELS } from '../evidence/evidence.vocabulary.js';
import { OB3_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import { statusListEntry } from './status-list.js';

/** The 新八级 scale as an Open Badges rubric: one fixed IRI per level, the same on every server. */
export const SKILL_LEVEL_SCHEME = 'urn:skillbank:scheme:xinbaji';
export const skillLevelIri = (level: number) => `${SKILL_LEVEL_SCHEME}:${level}`;

/** The classification's name, as alignments name the framework. */
export const TAXONOMY_FRAMEWORK = '中华人民共和国职业分类大典（2022年版）';

/** Open Badges achievement types for our evidence kinds. */
const ACHIEVEMENT_TYPES: Record<EvidenceKind, string> = {
  work_project: 'Competency',
  learning: 'Course',
  assessment: 'Assessment',
  competition: 'Award',
  credential: 'Certificate',
};

export interface OpenBadgeInput {
  /** The credential's id, e.g. `urn:uuid:…`. */
  id: string;
  /** Public base URL of this server, without a trailing slash (alignments link to its pages). */
  baseUrl: string;
  issuer: { did: string; name: string; organisation: string | null };
  subject: { id: string; displayName: string | null };
  /** When the attester signed (the credential is valid from then). */
  validFrom: string;
  evidence: {
    id: string;
    hash: string;
    kind: EvidenceKind;
    title: string;
    description: string;
    occurredOn: string;
    endedOn: string | null;
    skills: { name: string; level: number | null }[];
    steps: string[];
  };
  occupations: { code: string; name: string }[];
  tasks: { id: string; text: string }[];
  /** The attester's statement and level. */
  statement: string | null;
  level: number | null;
  status: { listUrl: string; index: number };
}

/** A stable, non-personal subject id for a learner on a platform (UUID-shaped hash). */
export function learnerSubjectId(platformDid: string, learnerId: string): string {
  const hex = createHash('sha256').update(`${platformDid}\u0000${learnerId}`).digest('hex');
  const v = `5${hex.slice(13, 16)}`;
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const dateTime = (day: string) => `${day}T00:00:00Z`;

/** The achievement's name: the skills if any, else the occupations, else the title. */
function achievementName(input: OpenBadgeInput): string {
  if (input.evidence.skills.length > 0) return input.evidence.skills.map((s) => s.name).join('、');
  if (input.occupations.length > 0) return input.occupations.map((o) => o.name).join('、');
  return input.evidence.title;
}

function alignments({ baseUrl, occupations, tasks }: OpenBadgeInput) {
  return [
    ...occupations.map((o) => ({
      type: ['Alignment'],
      targetType: 'ext:Occupation',
      targetFramework: TAXONOMY_FRAMEWORK,
      targetCode: o.code,
      targetName: o.name,
      targetUrl: `${baseUrl}/occupations/${o.code}`,
    })),
    ...tasks.map((t) => ({
      type: ['Alignment'],
      targetType: 'ext:OccupationTask',
      targetFramework: TAXONOMY_FRAMEWORK,
      targetCode: t.id,
      targetName: t.text,
      targetUrl: `${baseUrl}/occupations/${t.id.replace('#', '#task-')}`,
    })),
  ];
}

const LEVEL_DESCRIPTION_ID = `${SKILL_LEVEL_SCHEME}:result`;

function levelResultDescription() {
  return {
    id: LEVEL_DESCRIPTION_ID,
    type: ['ResultDescription'],
    name: '新八级 skill level (职业技能等级)',
    resultType: 'RubricCriterionLevel',
    rubricCriterionLevel: SKILL_LEVELS.map((l) => ({
      id: skillLevelIri(l.level),
      type: ['RubricCriterionLevel'],
      name: `${l.zh} (${l.en})`,
      level: String(l.level),
    })),
  };
}

/**
 * Builds the unsigned credential.
 *
 * @example
 *   const unsigned = openBadgeCredential({ id: `urn:uuid:${randomUUID()}`, baseUrl, issuer, … });
 *   const signed = await signCredential(unsigned, credentialSigner(attesterKey));
 */
export function openBadgeCredential(input: OpenBadgeInput) {
  const { evidence, issuer, subject, level, statement } = input;
  const name = achievementName(input);
  const kindLabel = EVIDENCE_KIND_LABELS[evidence.kind];
  const aligned = alignments(input);
  const criteria = statement
    ? `${issuer.name} attested this evidence: ${statement}`
    : `${issuer.name} attested this evidence.`;
  return {
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: {
      id: issuer.did,
      type: ['Profile'],
      name: issuer.organisation ? `${issuer.name} (${issuer.organisation})` : issuer.name,
    },
    validFrom: input.validFrom,
    credentialSubject: {
      id: subject.id,
      type: ['AchievementSubject'],
      ...(subject.displayName
        ? {
            identifier: [
              {
                type: 'IdentityObject',
                identityType: 'name',
                hashed: false,
                identityHash: subject.displayName,
              },
            ],
          }
        : {}),
      activityStartDate: dateTime(evidence.occurredOn),
      ...(evidence.endedOn ? { activityEndDate: dateTime(evidence.endedOn) } : {}),
      achievement: {
        id: `urn:skillbank:achievement:${evidence.hash}`,
        type: ['Achievement'],
        achievementType: ACHIEVEMENT_TYPES[evidence.kind],
        name,
        description: evidence.title,
        criteria: { narrative: criteria },
        ...(evidence.skills.length > 0 ? { tag: evidence.skills.map((s) => s.name) } : {}),
        ...(aligned.length > 0 ? { alignment: aligned } : {}),
        ...(level !== null ? { resultDescription: [levelResultDescription()] } : {}),
      },
      ...(level !== null
        ? {
            result: [
              {
                type: ['Result'],
                resultDescription: LEVEL_DESCRIPTION_ID,
                achievedLevel: skillLevelIri(level),
              },
            ],
          }
        : {}),
    },
    evidence: [
      {
        id: `urn:skillbank:evidence:${evidence.hash}`,
        type: ['Evidence'],
        name: evidence.title,
        description: evidence.description,
        genre: `${kindLabel.zh} (${kindLabel.en})`,
        ...(evidence.steps.length > 0
          ? { narrative: `工作过程 / work process: ${evidence.steps.join(' → ')}` }
          : {}),
      },
    ],
    credentialStatus: statusListEntry(input.status.listUrl, input.status.index),
  };
}
