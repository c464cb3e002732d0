import { foldWords } from '../../shared/text/fold';
import { EXTRACTION_KEYS, type ExtractedTask, type Extraction } from './truth-schema';

/**
 * Pure scoring of extractor output against ground truth in the shape of ../shared/corpus/README.md:
 * per-field exactness after the README's string normalisation, tasks aligned in order by summary
 * overlap (token Jaccard on folded words), and lead/deadline accuracy over the aligned tasks.
 */

export const TASK_MATCH_THRESHOLD = 0.5;

/** Top-level fields scored for exactness (tasks are scored separately). */
export const SCORED_FIELDS = EXTRACTION_KEYS.filter((key) => key !== 'tasks');
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** The task attributes compared on aligned pairs. */
export const TASK_ATTRIBUTES = ['lead', 'deadline', 'deadlineText', 'cooperating', 'ref'] as const;
export type TaskAttribute = (typeof TASK_ATTRIBUTES)[number];

/** README "Strings": NFC, markdown emphasis removed, whitespace runs collapsed, trimmed. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\*+/gu, '').replace(/\s+/gu, ' ').trim();
}

function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(normaliseValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = normaliseValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return value === undefined ? null : value;
}

export function sameValue(truth: unknown, predicted: unknown): boolean {
  return JSON.stringify(normaliseValue(truth)) === JSON.stringify(normaliseValue(predicted));
}

/** Issues are free sentences that start with a type code: compare the sorted codes. */
function issueCodes(issues: unknown): string[] {
  if (!Array.isArray(issues)) return [];
  return issues.map((issue) => String(issue).match(/^[A-Z_]+/u)?.[0] ?? String(issue)).sort();
}

export function sameField(field: ScoredField, truth: Extraction, predicted: Partial<Extraction>): boolean {
  if (field === 'issues') return sameValue(issueCodes(truth.issues), issueCodes(predicted.issues));
  return sameValue(truth[field], predicted[field]);
}

function tokens(value: string | null | undefined): Set<string> {
  return new Set(
    foldWords(value ?? '')
      .split(' ')
      .filter(Boolean),
  );
}

export function jaccard(a: string | null | undefined, b: string | null | undefined): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export interface TaskPair {
  truth: number;
  predicted: number;
  overlap: number;
}

/**
 * Order-preserving alignment: the most pairs with overlap ≥ threshold such that both indices
 * increase (a dynamic programme, ties broken by the larger total overlap), so duplicated labels,
 * split or merged items cost only the tasks involved.
 */
export function alignTasks(
  truth: readonly Pick<ExtractedTask, 'summary'>[],
  predicted: readonly Pick<ExtractedTask, 'summary'>[],
  threshold = TASK_MATCH_THRESHOLD,
): TaskPair[] {
  const rows = truth.length;
  const cols = predicted.length;
  type Cell = { count: number; overlap: number };
  const best: Cell[][] = Array.from({ length: rows + 1 }, () => Array.from({ length: cols + 1 }, () => ({ count: 0, overlap: 0 })));
  const better = (a: Cell, b: Cell) => a.count > b.count || (a.count === b.count && a.overlap > b.overlap + 1e-12);
  const cell = (i: number, j: number) => best[i]?.[j] ?? { count: 0, overlap: 0 };
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = cols - 1; j >= 0; j -= 1) {
      let choice = better(cell(i + 1, j), cell(i, j + 1)) ? cell(i + 1, j) : cell(i, j + 1);
      const overlap = jaccard(truth[i]?.summary, predicted[j]?.summary);
      if (overlap >= threshold) {
        const next = cell(i + 1, j + 1);
        const take = { count: next.count + 1, overlap: next.overlap + overlap };
        if (better(take, choice)) choice = take;
      }
      (best[i] as Cell[])[j] = choice;
    }
  }
  const pairs: TaskPair[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    const overlap = jaccard(truth[i]?.summary, predicted[j]?.summary);
    const here = cell(i, j);
    const next = cell(i + 1, j + 1);
    if (overlap >= threshold && here.count === next.count + 1 && Math.abs(here.overlap - next.overlap - overlap) < 1e-9) {
      pairs.push({ truth: i, predicted: j, overlap });
      i += 1;
      j += 1;
    } else if (cell(i + 1, j).count === here.count && Math.abs(cell(i + 1, j).overlap - here.overlap) < 1e-9) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

function sameTaskAttribute(attribute: TaskAttribute, truth: ExtractedTask, predicted: Partial<ExtractedTask>): boolean {
  if (attribute === 'cooperating') {
    const sorted = (list: unknown) => (Array.isArray(list) ? list.map((item) => normaliseText(String(item))).sort() : []);
    return sameValue(sorted(truth.cooperating), sorted(predicted.cooperating));
  }
  return sameValue(truth[attribute], predicted[attribute] ?? null);
}

export interface DocumentScore {
  name: string;
  /** Set when the extractor threw or returned no object: every field then counts as wrong. */
  error: string | null;
  fields: Record<ScoredField, boolean>;
  /** The wrong fields with both values, for the worst-cases listing. */
  fieldDiffs: { field: ScoredField; expected: unknown; got: unknown }[];
  tasks: {
    truth: number;
    predicted: number;
    matched: number;
    attributes: Record<TaskAttribute, number>;
    /** Aligned tasks with a wrong lead or deadline, then unaligned ones, for the worst-cases listing. */
    mistakes: string[];
  };
}

export function scoreDocument(
  name: string,
  truth: Extraction,
  predicted: Partial<Extraction> | null,
  error: string | null = null,
): DocumentScore {
  const output = predicted ?? {};
  const fields = Object.fromEntries(SCORED_FIELDS.map((field) => [field, predicted !== null && sameField(field, truth, output)])) as Record<
    ScoredField,
    boolean
  >;
  const fieldDiffs = SCORED_FIELDS.filter((field) => !fields[field]).map((field) => ({
    field,
    expected: truth[field],
    got: predicted === null ? undefined : output[field],
  }));
  const truthTasks = truth.tasks;
  const predictedTasks = Array.isArray(output.tasks) ? output.tasks : [];
  const pairs = alignTasks(truthTasks, predictedTasks);
  const attributes = Object.fromEntries(TASK_ATTRIBUTES.map((attribute) => [attribute, 0])) as Record<TaskAttribute, number>;
  const mistakes: string[] = [];
  for (const pair of pairs) {
    const expected = truthTasks[pair.truth] as ExtractedTask;
    const got = predictedTasks[pair.predicted] as ExtractedTask;
    for (const attribute of TASK_ATTRIBUTES) {
      if (sameTaskAttribute(attribute, expected, got)) attributes[attribute] += 1;
      else if (attribute === 'lead' || attribute === 'deadline') {
        mistakes.push(
          `task ${pair.truth + 1} ${attribute}: ${JSON.stringify(got[attribute] ?? null)} ≠ ${JSON.stringify(expected[attribute])}`,
        );
      }
    }
  }
  const short = (task: Partial<ExtractedTask> | undefined) => JSON.stringify((task?.summary ?? '').split(' ').slice(0, 8).join(' '));
  const alignedTruth = new Set(pairs.map((pair) => pair.truth));
  const alignedPredicted = new Set(pairs.map((pair) => pair.predicted));
  truthTasks.forEach((task, index) => {
    if (!alignedTruth.has(index)) mistakes.push(`missed task ${index + 1} (${task.ref ?? 'no label'}) ${short(task)}`);
  });
  predictedTasks.forEach((task, index) => {
    if (!alignedPredicted.has(index)) mistakes.push(`extra task (${task?.ref ?? 'no label'}) ${short(task)}`);
  });
  return {
    name,
    error,
    fields,
    fieldDiffs,
    tasks: { truth: truthTasks.length, predicted: predictedTasks.length, matched: pairs.length, attributes, mistakes },
  };
}
