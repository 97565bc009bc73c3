/**
 * Builds the matcher index from a taxonomy: fits the analyser and the term weighting on the
 * taxonomy's own text, then vectorises every occupation (name, definition and tasks, each field
 * weighted), every occupation name, and every task statement.
 */

import type { TaxonomyData } from '@skillbank/core';
import { buildCandidatePool, candidatePoolSteps, poolOfVectors } from './candidates/candidate-pool.js';
import { decodePoolSnapshot, encodePoolSnapshot } from './candidates/pool-snapshot.js';
import { buildRequirementSet } from './candidates/requirement-set.js';
import { scoreCandidates } from './candidates/score-candidates.js';
import { buildRoleRequirements, describeRoles, rankRoles } from './candidates/score-roles.js';
import { analyseLearner, storedLearnerVector } from './candidates/stored-learner.js';
import { classifyText } from './classify/classify.js';
import type { GroupEntry, IndexState, OccupationEntry, ScoringParts, TaskEntry } from './index-state.js';
import { invertedIndexKernel } from './kernel/inverted-index-kernel.js';
import { mlDistanceKernel } from './kernel/ml-distance-kernel.js';
import type { SimilarityKernel } from './kernel/similarity-kernel.js';
import type { MatcherIndex } from './matcher-index.js';
import { addBag } from './profile/evidence-vector.js';
import { buildLearnerVector } from './profile/learner-vector.js';
import { relatedOccupations } from './related/related.js';
import { gapReport } from './scoring/gaps.js';
import { matchLearner, rankLearner } from './scoring/match.js';
import { nextStepFor, textReadingOf } from './scoring/next-step.js';
import { DEFAULT_ROLE_SETTINGS, type RoleSettings } from './scoring/role-reading.js';
import { parseClauses, weighClauses, wordWeight } from './scoring/task-meaning.js';
import { tradeSharesOf } from './scoring/trade-words.js';
import { occupationWorkShare } from './scoring/work-level.js';
import { searchText } from './search/search.js';
import { occupationTerms } from './terms/occupation-terms.js';
import { type AnalyzerOptions, createAnalyzer, type TermBag } from './text/analyzer.js';
import { normalizeText } from './text/normalize.js';
import { buildTitleIndex } from './titles/title-index.js';
import { loadTitleLexicon, type TitleLexicon } from './titles/title-lexicon.js';
import { Vocabulary } from './vector/vocabulary.js';
import { averageBagLength, fitWeighting, type WeightingOptions } from './vector/weighting.js';

export interface BuildOptions {
  analyzer?: AnalyzerOptions;
  weighting?: WeightingOptions;
  /** Similarity kernel: the inverted index (default) or ml-distance. */
  kernel?: 'inverted-index' | 'ml-distance' | SimilarityKernel;
  /** Weight of each field in an occupation's profile vector. */
  fieldWeights?: { name?: number; definition?: number; tasks?: number };
  /**
   * Aliases and labelled titles for `classify`. Default: the bundled lexicon (`fixtures/titles`)
   * when the taxonomy is the one it was made for; `EMPTY_LEXICON` classifies by text alone.
   */
  titles?: TitleLexicon;
  /** Parts of the match scoring to switch off (ablations); all on by default. */
  scoring?: ScoringParts;
  /**
   * How the role read from evidence titles is weighed (`scoring/role-reading.ts`): its share of the
   * score and the classifier features it uses. For the eval's cross-validation; default: the shipped one.
   */
  roleReading?: Partial<RoleSettings>;
}

export const DEFAULT_FIELD_WEIGHTS = Object.freeze({ name: 3, definition: 1.5, tasks: 1 });

/**
 * @example
 * const { data } = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
 * const matcher = buildMatcherIndex(data);
 * matcher.match([{ id: 'e1', kind: 'work_project', title: '装了土壤传感器', description: '…' }]);
 */
export function buildMatcherIndex(taxonomy: TaxonomyData, options: BuildOptions = {}): MatcherIndex {
  const started = performance.now();
  return matcherOverState(buildIndexState(taxonomy, options), started);
}

const stateOfIndex = new WeakMap<MatcherIndex, IndexState>();

/** The state behind an index this module made (what `snapshot/` serialises), or undefined. */
export function indexStateOf(index: MatcherIndex): IndexState | undefined {
  return stateOfIndex.get(index);
}

/** The matcher's operations over a built (or restored) state; `started` dates `stats.buildMs`. */
export function matcherOverState(state: IndexState, started: number): MatcherIndex {
  const { occupations, analyzer, vocabulary, kernel, weighting } = state;
  const dimension = vocabulary.dimension;
  const index: MatcherIndex = {
    taxonomy: { ...state.taxonomy },
    scheme: state.scheme,
    stats: {
      occupations: occupations.length,
      tasks: state.tasks.length,
      vocabulary: vocabulary.size,
      userWords: analyzer.userWords.length,
      kernel: kernel.name,
      weighting: weighting.scheme,
      analyzer: {
        ngrams: analyzer.options.ngrams,
        synonyms: analyzer.options.synonyms,
        everyday: analyzer.options.everyday,
        userDictionary: analyzer.options.userDictionary,
      },
      buildMs: Math.round(performance.now() - started),
    },
    match: (evidence, { asOf, ...opts } = {}) =>
      matchLearner(
        state,
        buildLearnerVector(state, evidence, { cache: true, ...(asOf === undefined ? {} : { asOf }) }),
        opts,
      ),
    occupation: (code) => {
      const index = state.occupationByCode.get(code);
      const entry = index === undefined ? undefined : occupations[index];
      if (!entry) return null;
      const { code: own, name, digital, green, isNew, majorCode, middleCode, minorCode } = entry;
      return { code: own, name, digital, green, isNew, majorCode, middleCode, minorCode };
    },
    matchProfile: (learner, opts) => matchLearner(state, learner, opts),
    rankProfile: (learner, opts) => rankLearner(state, learner, opts),
    gapsForProfile: (learner, code, opts) => gapReport(state, learner, code, opts),
    gaps: (evidence, code, { asOf } = {}) =>
      gapReport(
        state,
        buildLearnerVector(state, evidence, { cache: true, ...(asOf === undefined ? {} : { asOf }) }),
        code,
      ),
    nextStep: (statement) => nextStepFor(statement, 0, false, textReadingOf(state, statement)),
    related: (code, opts) => relatedOccupations(state, code, opts),
    terms: (code, opts) => occupationTerms(state, code, opts),
    classify: (input, opts) => classifyText(state, input, opts),
    search: (q, opts) => searchText(state, q, opts),
    profileVector: (evidence, { asOf, id } = {}) =>
      buildLearnerVector(state, evidence, { id: id ?? null, ...(asOf === undefined ? {} : { asOf }) }),
    requirementSet: (requirements) => buildRequirementSet(state, requirements),
    candidatePool: (learners) => poolOfVectors(learners, dimension),
    analyseLearner: (evidence) => analyseLearner(state, evidence),
    storedProfileVector: (stored, opts) => storedLearnerVector(stored, opts),
    segmentPool: (segment) => buildCandidatePool(segment, dimension),
    segmentPoolSteps: (segment, perSlice) => candidatePoolSteps(segment, dimension, perSlice),
    encodePool: (pool) => encodePoolSnapshot(pool),
    restorePool: (bytes) => decodePoolSnapshot(bytes, dimension),
    scoreCandidates: (set, learners, opts) => scoreCandidates(set, learners, opts),
    roleRequirements: (requirements) => buildRoleRequirements(state, requirements),
    rankRoles: (learner, roles, opts) => rankRoles(learner, roles, opts),
    describeRoles: (learner, roles) => describeRoles(learner, roles),
  };
  stateOfIndex.set(index, state);
  return index;
}

/** The index's internal state (the eval reads it to cross-validate the classifier). */
export function buildIndexState(taxonomy: TaxonomyData, options: BuildOptions = {}): IndexState {
  const fields = { ...DEFAULT_FIELD_WEIGHTS, ...options.fieldWeights };
  const kernel = resolveKernel(options.kernel);
  const sorted = [...taxonomy.occupations].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const corpus: string[] = [];
  for (const occupation of sorted) {
    corpus.push(occupation.name);
    if (occupation.definition) corpus.push(occupation.definition);
    for (const task of occupation.tasks) corpus.push(task.text);
  }
  const analyzer = createAnalyzer(corpus, options.analyzer);

  const occupations: OccupationEntry[] = [];
  const tasks: TaskEntry[] = [];
  const profileBags: TermBag[] = [];
  const nameBags: TermBag[] = [];
  const taskBags: TermBag[] = [];
  for (const occupation of sorted) {
    const nameBag = analyzer.analyze(occupation.name);
    const profile: TermBag = new Map();
    addBag(profile, nameBag, fields.name);
    if (occupation.definition) addBag(profile, analyzer.analyze(occupation.definition), fields.definition);
    const taskStart = tasks.length;
    for (const task of [...occupation.tasks].sort((a, b) => a.seq - b.seq)) {
      const bag = analyzer.analyze(task.text);
      addBag(profile, bag, fields.tasks);
      taskBags.push(bag);
      tasks.push({ id: task.id, text: task.text, occupation: occupations.length });
    }
    occupations.push({
      code: occupation.code,
      name: occupation.name,
      nameText: normalizeText(occupation.name),
      definitionText: normalizeText(occupation.definition ?? ''),
      digital: occupation.digital,
      green: occupation.green,
      isNew: occupation.isNew,
      minorCode: occupation.minorCode,
      middleCode: occupation.middleCode,
      majorCode: occupation.majorCode,
      groupCode: taxonomy.info.scheme.parentOf(occupation.code) ?? occupation.majorCode,
      taskStart,
      taskEnd: tasks.length,
    });
    profileBags.push(profile);
    nameBags.push(nameBag);
  }

  const vocabulary = new Vocabulary();
  for (const bag of profileBags) for (const term of bag.keys()) vocabulary.add(term);
  vocabulary.freeze();
  const weighting = fitWeighting(profileBags, vocabulary, options.weighting);
  const profileLength = averageBagLength(profileBags);
  const nameLength = averageBagLength(nameBags);
  const taskLength = averageBagLength(taskBags);
  const profiles = profileBags.map((bag) => weighting.vector(bag, profileLength));
  const names = nameBags.map((bag) => weighting.vector(bag, nameLength));
  const taskVectors = taskBags.map((bag) => weighting.vector(bag, taskLength));
  const dimension = vocabulary.dimension;

  const weightOf = wordWeight({ vocabulary, weighting });
  const taskClauses = tasks.map((task) => weighClauses(parseClauses(analyzer, task.text), weightOf));
  const groups = new Map<string, GroupEntry>();
  for (const group of taxonomy.groups)
    groups.set(group.code, { code: group.code, name: group.name, level: group.level });

  const state: IndexState = {
    taxonomy: { id: taxonomy.info.id, version: taxonomy.info.version },
    scheme: taxonomy.info.scheme,
    analyzer,
    vocabulary,
    weighting,
    kernel,
    occupations,
    occupationByCode: new Map(occupations.map((occupation, i) => [occupation.code, i])),
    groups,
    profiles,
    profileIndex: kernel.index(profiles, dimension),
    names,
    nameIndex: kernel.index(names, dimension),
    tasks,
    taskVectors,
    taskIndex: kernel.index(taskVectors, dimension),
    roleReading: { ...DEFAULT_ROLE_SETTINGS, ...options.roleReading },
    scoring: {
      workLevel: true,
      meaning: true,
      nearSynonyms: true,
      formWords: true,
      role: true,
      actionGate: true,
      directions: true,
      directionWeight: true,
      explained: true,
      pruning: true,
      ...options.scoring,
    },
    wordWeight: weightOf,
    taskClauses,
    tradeShares: tradeSharesOf(taskClauses),
    workShares: Float64Array.from(sorted, (occupation) =>
      occupationWorkShare(occupation.majorCode, [
        occupation.definition ?? '',
        ...occupation.tasks.map((t) => t.text),
      ]),
    ),
    titles: buildTitleIndex(occupations, taxonomy.groups, lexiconFor(taxonomy.info.id, options.titles)),
  };

  return state;
}

function lexiconFor(taxonomyId: string, given: TitleLexicon | undefined): TitleLexicon {
  const lexicon = given ?? loadTitleLexicon();
  return lexicon.taxonomyId === taxonomyId ? lexicon : { taxonomyId, aliases: [], labelled: [] };
}

function resolveKernel(kernel: BuildOptions['kernel']): SimilarityKernel {
  if (kernel === undefined || kernel === 'inverted-index') return invertedIndexKernel;
  if (kernel === 'ml-distance') return mlDistanceKernel;
  return kernel;
}
