import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTION_KEYS, type Extraction, extractionSchema } from '../../../scripts/score/truth-schema';
import { fold } from '../../../shared/text/fold';

/**
 * Keeps the extraction corpus honest: every NN.json has the README shape (keys present and in
 * order), its derived fields agree with each other, and every value copied from the text really
 * occurs in the text (compared folded), so a truth cannot drift away from its document.
 */
const DIR = new URL('../../fixtures/documents/', import.meta.url);
const HOLDOUT = new URL('../../fixtures/holdout/', import.meta.url);
const jsonNames = (dir: URL) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5))
    .sort();
const names = jsonNames(DIR);
/** Every truth with its folder: the corpus and the held-out documents follow the same conventions. */
const cases = [...names.map((name) => [name, DIR] as const), ...jsonNames(HOLDOUT).map((name) => [name, HOLDOUT] as const)];

const TASK_KEYS = ['ref', 'lead', 'cooperating', 'summary', 'deadline', 'deadlineText'];

/** The document as the README's verbatim strings see it: bullets, table bars and markdown dropped, folded. */
function haystack(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/^\s*[-+•]\s+/u, '').replace(/\|/gu, ' '));
  return fold(lines.join('\n').replace(/\*+/gu, ''));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const monthEnd = (year: number, month: number) => iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());

/**
 * The deadline a deadline text implies under the README's table, worked out independently of the truth;
 * undefined for a form this check does not know (the truth is then taken as written).
 */
function impliedDeadline(deadlineText: string, documentYear: number | null): string | null | undefined {
  const text = fold(deadlineText);
  if (/dinh ky|hang (ngay|tuan|thang|quy|nam)/u.test(text)) return null;
  if (/trong vong|ke tu|^ngay/u.test(text)) return null;
  const period = text.match(/den ngay (\d{1,2})\/(\d{1,2})\/(\d{4})/u);
  if (period) return iso(Number(period[3]), Number(period[2]), Number(period[1]));
  const day = text.match(/ngay (\d{1,2})(?:\/| thang )(\d{1,2})(?:(?:\/| nam )(\d{4}))?/u);
  if (day && /^(truoc|cham nhat)/u.test(text)) return iso(Number(day[3] ?? documentYear), Number(day[2]), Number(day[1]));
  const month = text.match(/thang (\d{1,2})\/(\d{4})/u);
  if (month) return monthEnd(Number(month[2]), Number(month[1]));
  const quarter = text.match(/quy (i{1,3}|iv)\/(\d{4})/u);
  if (quarter) return monthEnd(Number(quarter[2]), 3 * (ROMAN[quarter[1] as string] ?? 0));
  const year = text.match(/^(?:trong )?nam (\d{4})$/u);
  if (year) return iso(Number(year[1]), 12, 31);
  return undefined;
}

function verbatimValues(truth: Extraction): [string, string][] {
  const values: [string, string | null][] = [
    ['number', truth.number],
    ['symbol', truth.symbol],
    ['place', truth.place],
    ['subject', truth.subject],
    ['archive', truth.archive],
    ['signer.title', truth.signer.title],
    ['signer.name', truth.signer.name],
    ...truth.recipients.map((item): [string, string] => ['recipient', item]),
    ...truth.distribution.map((item): [string, string] => ['distribution', item]),
    ...(truth.signer.onBehalfOf ?? '').split(' / ').map((part): [string, string] => ['signer.onBehalfOf', part]),
    ...truth.references.flatMap((ref): [string, string | null][] => [
      ['reference', ref.numberAndSymbol],
      ['reference.kind', ref.kind],
      ['reference.issuer', ref.issuer],
    ]),
    ...truth.tasks.flatMap((task): [string, string | null][] => [
      ['task.lead', task.lead],
      ['task.summary', task.summary],
      ['task.deadlineText', task.deadlineText],
      ...task.cooperating.map((item): [string, string] => ['task.cooperating', item]),
    ]),
  ];
  return values.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

describe('extraction corpus', () => {
  it('holds the three seeds, at least 45 documents of our own and the held-out set, each with its text', () => {
    expect(names.filter((name) => name.startsWith('seed-'))).toEqual(['seed-002', 'seed-003', 'seed-004']);
    expect(names.filter((name) => /^\d{2}$/u.test(name)).length).toBeGreaterThanOrEqual(45);
    const texts = new Set(readdirSync(DIR).filter((file) => file.endsWith('.txt')));
    for (const name of names) expect(texts.has(`${name}.txt`), name).toBe(true);
    const held = readdirSync(HOLDOUT);
    expect(held.filter((file) => file.endsWith('.json')).length).toBeGreaterThanOrEqual(10);
    for (const [name] of cases.filter(([, dir]) => dir === HOLDOUT)) expect(held.includes(`${name}.txt`), name).toBe(true);
  });

  describe.each(cases)('%s', (name, dir) => {
    const raw = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Record<string, unknown>;
    const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8');

    it('has the README shape with every key in order', () => {
      expect(Object.keys(raw)).toEqual(EXTRACTION_KEYS);
      const truth = extractionSchema.parse(raw);
      for (const task of truth.tasks) expect(Object.keys(task)).toEqual(TASK_KEYS);
    });

    it('keeps its derived fields consistent', () => {
      const truth = extractionSchema.parse(raw);
      expect(truth.numberAndSymbol).toBe(truth.symbol === null ? null : `${truth.number ?? ''}/${truth.symbol}`);
      expect(truth.kindCode === null).toBe(truth.kind === 'Công văn');
      if (truth.date !== null) expect(truth.datePartial).toBeNull();
      if (truth.datePartial !== null) expect(truth.date).toBeNull();
      expect(truth.signer.authority === null).toBe(truth.signer.onBehalfOf === null);
      for (const task of truth.tasks) {
        if (task.deadline !== null) expect(task.deadlineText, task.summary).not.toBeNull();
        expect(task.summary.split(' ').length).toBeLessThanOrEqual(20);
      }
      const numbers = truth.references.map((ref) => ref.numberAndSymbol);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('records the deadline its deadline text implies', () => {
      const truth = extractionSchema.parse(raw);
      const year = truth.date ? Number(truth.date.slice(0, 4)) : (truth.datePartial?.year ?? null);
      for (const task of truth.tasks) {
        if (task.deadlineText === null) continue;
        const implied = impliedDeadline(task.deadlineText, year);
        if (implied !== undefined) expect(task.deadline, task.deadlineText).toBe(implied);
      }
    });

    it('copies every verbatim value from the text', () => {
      const truth = extractionSchema.parse(raw);
      const hay = haystack(text);
      const missing = verbatimValues(truth).filter(([, value]) => !hay.includes(fold(value.replace(/\|/gu, ' '))));
      expect(missing).toEqual([]);
    });
  });
});
