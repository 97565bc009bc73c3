/** Runs the three evaluations against one built index and returns the figures. */
import type { TaxonomyData } from '@skillbank/core';
import type { MatcherIndex } from '../matcher-index.js';
import type { JobTitle, Narrative } from './datasets.js';
import { distinct, rankCounter } from './metrics.js';

export interface Figures {
  selfRetrieval: { total: number; top1: number; top5: number; mrr: number };
  /** Harder variant of (a): one task statement alone as the query (every `taskStride`-th task). */
  singleTask: { total: number; top1: number; top5: number; mrr: number };
  narratives: NarrativeFigures;
  /** Per band of the top-1 answer's score: how many narratives, and the share whose top 1 is right. */
  bands: NarrativeFigures['bands'];
  titles: {
    total: number;
    occupationTop1: number;
    occupationTop5: number;
    minorTop1: number;
    minorTop5: number;
    /** Share of titles where the classifier named a shared group, and how often that group held the label. */
    groupRate: number;
    groupCorrect: number;
  };
  misses: { narratives: string[]; titles: string[] };
}

/** Figures of one narrative set: occupation and minor-group hits, bands of the top-1 score, misses. */
export interface NarrativeFigures {
  total: number;
  top1: number;
  top5: number;
  mrr: number;
  /** The top answer (or one of the first five distinct minor groups) is in the label's minor group. */
  minorTop1: number;
  minorTop5: number;
  bands: Record<'strong' | 'moderate' | 'weak', { total: number; right: number }>;
  /** `id code → first three codes` for each item whose top 1 is wrong. */
  misses: string[];
}

export interface EvaluateOptions {
  /** Evaluate self-retrieval on every n-th occupation only (1 = all). */
  selfRetrievalStride?: number;
  /** Evaluate single-task retrieval on every n-th task statement. */
  taskStride?: number;
}

export function evaluate(
  matcher: MatcherIndex,
  taxonomy: TaxonomyData,
  narratives: readonly Narrative[],
  titles: readonly JobTitle[],
  { selfRetrievalStride = 1, taskStride = 7 }: EvaluateOptions = {},
): Figures {
  // (a) leave-name-out self-retrieval: an occupation's tasks, without its name, as the query.
  const self = rankCounter();
  const withTasks = taxonomy.occupations
    .filter((o) => o.tasks.length > 0)
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .filter((_, i) => i % selfRetrievalStride === 0);
  for (const occupation of withTasks) {
    const description = occupation.tasks.map((task) => task.text).join('；');
    const result = matcher.match([{ id: 'q', kind: 'work_project', title: '', description }], { limit: 5 });
    self.add(
      result.matches.map((m) => m.code),
      occupation.code,
    );
  }

  const single = rankCounter();
  const tasks = withTasks.flatMap((o) => o.tasks.map((task) => ({ code: o.code, text: task.text })));
  tasks.forEach((task, i) => {
    if (i % taskStride !== 0) return;
    const result = matcher.match([{ id: 'q', kind: 'work_project', title: '', description: task.text }], {
      limit: 5,
    });
    single.add(
      result.matches.map((m) => m.code),
      task.code,
    );
  });

  // (b) evidence narratives written as graduates would.
  const narrative = evaluateNarratives(matcher, narratives);

  // (c) job titles from postings, at occupation and at minor-group level.
  const occupationRank = rankCounter();
  const minorRank = rankCounter();
  let groups = 0;
  let groupsRight = 0;
  const titleMisses: string[] = [];
  for (const item of titles) {
    const input =
      item.description === undefined
        ? { title: item.title }
        : { title: item.title, description: item.description };
    const result = matcher.classify(input, { limit: 20 });
    const occupations = result.candidates.map((c) => c.code);
    occupationRank.add(occupations, item.code);
    const minorOf = (code: string) => matcher.scheme.groupsOf(code).minor ?? '';
    minorRank.add(distinct(occupations.map(minorOf)), minorOf(item.code));
    if (result.group) {
      groups++;
      if (matcher.scheme.ancestorsOf(item.code).includes(result.group.code)) groupsRight++;
    }
    if (occupations[0] !== item.code) {
      titleMisses.push(`${item.id} ${item.title} [${item.code}] → ${occupations.slice(0, 3).join(' ')}`);
    }
  }

  return {
    selfRetrieval: { total: self.total, top1: self.at(1), top5: self.at(5), mrr: self.mrr() },
    singleTask: { total: single.total, top1: single.at(1), top5: single.at(5), mrr: single.mrr() },
    bands: narrative.bands,
    narratives: narrative,
    titles: {
      total: occupationRank.total,
      occupationTop1: occupationRank.at(1),
      occupationTop5: occupationRank.at(5),
      minorTop1: minorRank.at(1),
      minorTop5: minorRank.at(5),
      groupRate: titles.length === 0 ? 0 : groups / titles.length,
      groupCorrect: groups === 0 ? 0 : groupsRight / groups,
    },
    misses: { narratives: narrative.misses, titles: titleMisses },
  };
}

/** Matches each narrative's evidence and scores the ranking against its label. */
export function evaluateNarratives(
  matcher: MatcherIndex,
  narratives: readonly Narrative[],
): NarrativeFigures {
  const occupation = rankCounter();
  const minor = rankCounter();
  const minorOf = (code: string) => matcher.scheme.groupsOf(code).minor ?? '';
  const misses: string[] = [];
  const bands: NarrativeFigures['bands'] = {
    strong: { total: 0, right: 0 },
    moderate: { total: 0, right: 0 },
    weak: { total: 0, right: 0 },
  };
  for (const item of narratives) {
    const matches = matcher.match(item.evidence, { limit: 10 }).matches;
    const ranked = matches.map((m) => m.code);
    occupation.add(ranked, item.code);
    minor.add(distinct(ranked.map(minorOf)), minorOf(item.code));
    if (matches[0]) {
      const band = bands[matches[0].band];
      band.total++;
      if (matches[0].code === item.code) band.right++;
    }
    if (ranked[0] !== item.code) misses.push(`${item.id} ${item.code} → ${ranked.slice(0, 3).join(' ')}`);
  }
  return {
    total: occupation.total,
    top1: occupation.at(1),
    top5: occupation.at(5),
    mrr: occupation.mrr(),
    minorTop1: minor.at(1),
    minorTop5: minor.at(5),
    bands,
    misses,
  };
}
