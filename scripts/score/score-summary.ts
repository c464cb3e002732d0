import { type DocumentScore, SCORED_FIELDS, sameValue, type ScoredField, TASK_ATTRIBUTES, type TaskAttribute } from './score-lib';

/** Corpus totals: micro-averaged over every document (each field of each document counts once). */
export interface ScoreSummary {
  documents: number;
  fields: Record<ScoredField, { correct: number; total: number; accuracy: number; wrongIn: string[] }>;
  fieldAccuracy: number;
  tasks: { truth: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  taskAttributes: Record<TaskAttribute, { correct: number; total: number; accuracy: number }>;
  leadAccuracy: number;
  deadlineAccuracy: number;
  worstDocuments: {
    name: string;
    fieldAccuracy: number;
    taskF1: number;
    wrongFields: string[];
    fieldDiffs: string[];
    error: string | null;
    taskMistakes: string[];
  }[];
}

const clip = (value: unknown) => {
  const text = JSON.stringify(value ?? null);
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
};

/** "got ≠ expected", narrowed to the first differing item of a list or the differing keys of an object. */
export function describeDiff(got: unknown, expected: unknown): string {
  if (Array.isArray(got) && Array.isArray(expected)) {
    const at = expected.findIndex((item, index) => !sameValue(item, got[index]));
    const index = at >= 0 ? at : expected.length;
    const counts = got.length === expected.length ? '' : ` (${got.length} items, expected ${expected.length})`;
    return `[${index}] ${clip(got[index])} ≠ ${clip(expected[index])}${counts}`;
  }
  if (got !== null && expected !== null && typeof got === 'object' && typeof expected === 'object' && !Array.isArray(got)) {
    const left = got as Record<string, unknown>;
    const right = expected as Record<string, unknown>;
    const keys = Object.keys(right).filter((key) => !sameValue(right[key], left[key]));
    if (keys.length > 0) return keys.map((key) => `${key} ${clip(left[key])} ≠ ${clip(right[key])}`).join('; ');
  }
  return `${clip(got)} ≠ ${clip(expected)}`;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function documentTaskF1(score: DocumentScore): number {
  const { truth, predicted, matched } = score.tasks;
  if (truth === 0 && predicted === 0) return 1;
  return (2 * matched) / (truth + predicted);
}

export function summarise(scores: readonly DocumentScore[], worstCount = 10): ScoreSummary {
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((field) => {
      const wrongIn = scores.filter((score) => !score.fields[field]).map((score) => score.name);
      const correct = scores.length - wrongIn.length;
      return [field, { correct, total: scores.length, accuracy: ratio(correct, scores.length), wrongIn }];
    }),
  ) as ScoreSummary['fields'];
  const fieldCorrect = SCORED_FIELDS.reduce((sum, field) => sum + fields[field].correct, 0);
  const truth = scores.reduce((sum, score) => sum + score.tasks.truth, 0);
  const predicted = scores.reduce((sum, score) => sum + score.tasks.predicted, 0);
  const matched = scores.reduce((sum, score) => sum + score.tasks.matched, 0);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, truth);
  const f1 = truth + predicted === 0 ? 1 : (2 * matched) / (truth + predicted);
  const taskAttributes = Object.fromEntries(
    TASK_ATTRIBUTES.map((attribute) => {
      const correct = scores.reduce((sum, score) => sum + score.tasks.attributes[attribute], 0);
      return [attribute, { correct, total: matched, accuracy: ratio(correct, matched) }];
    }),
  ) as ScoreSummary['taskAttributes'];
  const worstDocuments = scores
    .map((score) => {
      const wrongFields = SCORED_FIELDS.filter((field) => !score.fields[field]);
      return {
        name: score.name,
        fieldAccuracy: 1 - wrongFields.length / SCORED_FIELDS.length,
        taskF1: documentTaskF1(score),
        wrongFields,
        fieldDiffs: score.fieldDiffs.map((diff) => `${diff.field}: ${describeDiff(diff.got, diff.expected)}`),
        error: score.error,
        taskMistakes: score.tasks.mistakes,
      };
    })
    .filter((doc) => doc.wrongFields.length > 0 || doc.taskF1 < 1 || doc.taskMistakes.length > 0)
    .sort((a, b) => a.fieldAccuracy + a.taskF1 - (b.fieldAccuracy + b.taskF1) || a.name.localeCompare(b.name))
    .slice(0, worstCount);
  return {
    documents: scores.length,
    fields,
    fieldAccuracy: ratio(fieldCorrect, scores.length * SCORED_FIELDS.length),
    tasks: { truth, predicted, matched, precision, recall, f1 },
    taskAttributes,
    leadAccuracy: taskAttributes.lead.accuracy,
    deadlineAccuracy: taskAttributes.deadline.accuracy,
    worstDocuments,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
/** A rate over nothing (no aligned tasks) is shown as n/a rather than a reassuring 100%. */
const rate = (value: number, total: number) => (total === 0 ? '    n/a' : percent(value));

/** The plain-text report printed by `npm run score`. */
export function formatSummary(summary: ScoreSummary): string {
  const lines: string[] = [`Documents scored: ${summary.documents}`, '', 'field             accuracy   correct  wrong in'];
  const byAccuracy = [...SCORED_FIELDS].sort((a, b) => summary.fields[a].accuracy - summary.fields[b].accuracy);
  for (const field of byAccuracy) {
    const row = summary.fields[field];
    const wrong = row.wrongIn.length > 6 ? `${row.wrongIn.slice(0, 6).join(', ')} … (+${row.wrongIn.length - 6})` : row.wrongIn.join(', ');
    lines.push(`${field.padEnd(17)} ${percent(row.accuracy)}   ${`${row.correct}/${row.total}`.padStart(7)}  ${wrong}`);
  }
  const { tasks } = summary;
  lines.push(
    '',
    `tasks: truth ${tasks.truth}, predicted ${tasks.predicted}, aligned ${tasks.matched}`,
    `task precision ${rate(tasks.precision, tasks.predicted)}  recall ${percent(tasks.recall)}  F1 ${tasks.f1.toFixed(3)}`,
  );
  for (const attribute of TASK_ATTRIBUTES) {
    const row = summary.taskAttributes[attribute];
    lines.push(`aligned ${attribute.padEnd(13)} ${rate(row.accuracy, row.total)}   ${`${row.correct}/${row.total}`.padStart(7)}`);
  }
  lines.push(
    '',
    'TOTALS',
    `field accuracy    ${percent(summary.fieldAccuracy)}`,
    `task F1           ${summary.tasks.f1.toFixed(3).padStart(7)}`,
    `lead accuracy     ${rate(summary.leadAccuracy, tasks.matched)}`,
    `deadline accuracy ${rate(summary.deadlineAccuracy, tasks.matched)}`,
  );
  if (summary.worstDocuments.length > 0) {
    lines.push('', 'Worst documents');
    for (const doc of summary.worstDocuments) {
      lines.push(
        `  ${doc.name}: fields ${percent(doc.fieldAccuracy).trim()}, task F1 ${doc.taskF1.toFixed(2)}${doc.error ? `, error: ${doc.error}` : ''}`,
      );
      for (const diff of doc.fieldDiffs) lines.push(`    ${diff}`);
      for (const mistake of doc.taskMistakes.slice(0, 8)) lines.push(`    ${mistake}`);
    }
  }
  return lines.join('\n');
}
