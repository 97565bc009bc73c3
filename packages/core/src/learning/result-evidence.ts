/**
 * What a learning result becomes in the learner's ledger: an evidence record built only from what
 * the provider certifies (the offering's covered task statements and skills, the outcome, the level,
 * the placing), never from its marketing text. Pure, so recommendations can predict the score a
 * result would bring with exactly the record that accepting it would deposit.
 */
import type { ActiveEvidence } from '../evidence/evidence.types.js';
import { toActiveEvidence } from '../evidence/evidence.view.js';
import { skillLevelLabel } from '../evidence/evidence.vocabulary.js';
import type { EvidenceRecord, ProviderResultRecord } from '../ledger/ledger.types.js';
import type { CoveredTask, Offering } from './learning.types.js';
import { EVIDENCE_KIND_OF_OFFERING } from './learning.vocabulary.js';

export interface ResultFacts {
  outcome: ProviderResultRecord['outcome'];
  level: number | null;
  rank: number | null;
  award: string | null;
}

/** The result an offering leads to when the learner completes it as described (for predictions). */
export function expectedResult(offering: Pick<Offering, 'kind' | 'level'>): ResultFacts {
  return {
    outcome: offering.kind === 'assessment' ? 'passed' : 'completed',
    level: offering.level,
    rank: null,
    award: null,
  };
}

function outcomeSentence(offering: Offering, facts: ResultFacts): string {
  const hours = offering.hours === null ? '' : `（${offering.hours} 学时）`;
  const level = facts.level === null ? null : skillLevelLabel(facts.level);
  const levelText = level ? `，等级：${level.level} 级（${level.zh}）` : '';
  switch (offering.kind) {
    case 'course':
      return `完成课程《${offering.title}》${hours}${levelText}`;
    case 'assessment':
      return `通过职业技能等级认定《${offering.title}》${levelText}`;
    case 'competition': {
      const placing = [
        facts.rank === null ? null : `第 ${facts.rank} 名`,
        facts.award === null ? null : facts.award,
      ].filter((p): p is string => p !== null);
      return `参加技能竞赛《${offering.title}》${placing.length > 0 ? `，成绩：${placing.join('，')}` : ''}`;
    }
  }
}

/**
 * The evidence record of a result.
 * @example resultEvidenceRecord({ offering, tasks, facts: expectedResult(offering), ids, on: '2026-11-30' })
 */
export function resultEvidenceRecord({
  offering,
  tasks,
  facts,
  ids,
  on,
}: {
  offering: Offering;
  /** The offering's covered tasks with their statements, in its order. */
  tasks: readonly CoveredTask[];
  facts: ResultFacts;
  ids: { evidenceId: string; learnerId: string; resultId: string };
  /** The date the result was recorded, `YYYY-MM-DD`. */
  on: string;
}): EvidenceRecord {
  const organiser = offering.provider.organisation ?? offering.provider.name;
  const occurredOn = offering.startsOn !== null && offering.startsOn < on ? offering.startsOn : on;
  const description = [
    `${organiser}记录：${outcomeSentence(offering, facts)}。`,
    `涵盖的工作任务：${tasks.map((t) => t.text).join('；')}。`,
  ].join('\n');
  return {
    id: ids.evidenceId,
    learnerId: ids.learnerId,
    kind: EVIDENCE_KIND_OF_OFFERING[offering.kind],
    title:
      offering.kind === 'competition' && facts.award !== null
        ? `${offering.title}（${facts.award}）`
        : offering.title,
    description,
    occurredOn,
    endedOn: occurredOn < on ? on : null,
    taxonomyId: offering.taxonomyId,
    occupationCodes: [...new Set(tasks.map((t) => t.occupationCode))].slice(0, 20),
    skills: offering.skills.map((name) => ({ name, level: facts.level })),
    steps: [],
    artifacts: [],
    supersedes: null,
    result: {
      resultId: ids.resultId,
      offeringId: offering.id,
      offeringKind: offering.kind,
      providerId: offering.provider.id,
      outcome: facts.outcome,
      taskIds: tasks.map((t) => t.id),
      level: facts.level,
      rank: facts.rank,
      award: facts.award,
    },
  };
}

/**
 * The active evidence a result record becomes once accepted — the same plain form the matcher and
 * the profile read from the ledger (`toActiveEvidence`), with the provider's level as the
 * attested level. Recommendations score this before anything is recorded.
 */
export function acceptedResultEvidence(record: EvidenceRecord, attestedLevel: number | null): ActiveEvidence {
  return toActiveEvidence({
    ...record,
    hash: '',
    status: 'attested',
    createdAt: '',
    entry: { seq: 0, hash: '' },
    supersededBy: null,
    revocation: null,
    attestations: [
      {
        id: '',
        evidenceId: record.id,
        evidenceHash: '',
        learnerId: record.learnerId,
        attesterId: record.result?.providerId ?? '',
        statement: null,
        level: attestedLevel,
        algorithm: 'Ed25519',
        signature: '',
        createdAt: '',
        seq: 0,
      },
    ],
  });
}
