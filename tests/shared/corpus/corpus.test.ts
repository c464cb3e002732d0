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
const names = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -5))
  .sort();

const TASK_KEYS = ['ref', 'lead', 'cooperating', 'summary', 'deadline', 'deadlineText'];

/** The document as the README's verbatim strings see it: bullets, table bars and markdown dropped, folded. */
function haystack(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/^\s*[-+•]\s+/u, '').replace(/\|/gu, ' '));
  return fold(lines.join('\n').replace(/\*+/gu, ''));
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
  it('holds the three seeds and at least 45 documents of our own, each with its text', () => {
    expect(names.filter((name) => name.startsWith('seed-'))).toEqual(['seed-002', 'seed-003', 'seed-004']);
    expect(names.filter((name) => /^\d{2}$/u.test(name)).length).toBeGreaterThanOrEqual(45);
    const texts = new Set(readdirSync(DIR).filter((file) => file.endsWith('.txt')));
    for (const name of names) expect(texts.has(`${name}.txt`), name).toBe(true);
  });

  describe.each(names)('%s', (name) => {
    const raw = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Record<string, unknown>;
    const text = readFileSync(new URL(`${name}.txt`, DIR), 'utf8');

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

    it('copies every verbatim value from the text', () => {
      const truth = extractionSchema.parse(raw);
      const hay = haystack(text);
      const missing = verbatimValues(truth).filter(([, value]) => !hay.includes(fold(value.replace(/\|/gu, ' '))));
      expect(missing).toEqual([]);
    });
  });
});
