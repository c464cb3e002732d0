import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTasks, jaccard, normaliseText, SCORED_FIELDS, scoreDocument } from '../../../scripts/score/score-lib';
import { formatSummary, summarise } from '../../../scripts/score/score-summary';
import { type Extraction, extractionSchema } from '../../../scripts/score/truth-schema';

const seed = (name: string): Extraction =>
  extractionSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/documents/${name}.json`, import.meta.url), 'utf8')));

const copy = <T>(value: T): T => structuredClone(value);

describe('score-lib', () => {
  it('scores a perfect extraction as all fields right and task F1 1', () => {
    const truth = seed('seed-003');
    const score = scoreDocument('seed-003', truth, copy(truth));
    expect(Object.values(score.fields).every(Boolean)).toBe(true);
    expect(score.tasks).toMatchObject({ truth: 12, predicted: 12, matched: 12 });
    expect(score.tasks.attributes.lead).toBe(12);
    const summary = summarise([score]);
    expect(summary.fieldAccuracy).toBe(1);
    expect(summary.tasks.f1).toBe(1);
    expect(summary.worstDocuments).toEqual([]);
  });

  it('compares strings after the README normalisation but keeps every other difference', () => {
    expect(normaliseText('**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**')).toBe('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC');
    const truth = seed('seed-002');
    const predicted = copy(truth);
    predicted.subject = `${truth.subject}\n`;
    predicted.place = 'Dong Nai';
    predicted.issues = ['DUPLICATE_ITEM_NUMBER: reworded'];
    const score = scoreDocument('seed-002', truth, predicted);
    expect(score.fields.subject).toBe(true);
    expect(score.fields.place).toBe(false);
    expect(score.fields.issues).toBe(false);
    expect(score.fieldDiffs.map((diff) => diff.field)).toEqual(['place', 'issues']);
  });

  it('compares issues by their type codes, not their wording', () => {
    const truth = seed('seed-004');
    const predicted = copy(truth);
    predicted.issues = ['REFERENCE_DATE_CONFLICT: 6741/CD-VPCP dated twice'];
    expect(scoreDocument('seed-004', truth, predicted).fields.issues).toBe(true);
  });

  it('aligns tasks in order by summary overlap, skipping extra and missing ones', () => {
    const truth = seed('seed-003').tasks;
    const predicted = copy(truth);
    predicted.splice(4, 1);
    predicted.splice(1, 0, { ...predicted[0], summary: 'Một nội dung hoàn toàn khác không trùng từ nào' } as (typeof truth)[number]);
    const pairs = alignTasks(truth, predicted);
    expect(pairs).toHaveLength(11);
    expect(pairs.map((pair) => pair.truth)).not.toContain(4);
    expect(pairs.map((pair) => pair.predicted)).not.toContain(1);
    const score = scoreDocument('seed-003', seed('seed-003'), { ...seed('seed-003'), tasks: predicted });
    const summary = summarise([score]);
    expect(summary.tasks.precision).toBeCloseTo(11 / 12);
    expect(summary.tasks.recall).toBeCloseTo(11 / 12);
  });

  it('matches a shorter prefix summary but not an unrelated one of the same length', () => {
    const full = 'Chủ trì, phối hợp các cơ quan liên quan đề xuất UBND tỉnh phương án quyết toán Hệ thống xử';
    expect(jaccard(full, 'Chu tri, phoi hop cac co quan lien quan de xuat UBND tinh')).toBeGreaterThan(0.5);
    expect(jaccard(full, 'Tăng cường đoàn kết nội bộ, chấp hành tốt kỷ luật, kỷ cương hành chính')).toBeLessThan(0.5);
  });

  it('counts lead and deadline only over aligned tasks and reports the mistakes', () => {
    const truth = seed('seed-003');
    const predicted = copy(truth);
    const late = predicted.tasks[9];
    if (late) late.deadline = '2024-12-31';
    const first = predicted.tasks[0];
    if (first) first.lead = 'Sở Y tế và các cơ quan liên quan';
    predicted.tasks.pop();
    const summary = summarise([scoreDocument('seed-003', truth, predicted)]);
    expect(summary.tasks.matched).toBe(11);
    expect(summary.leadAccuracy).toBeCloseTo(10 / 11);
    expect(summary.deadlineAccuracy).toBeCloseTo(10 / 11);
    expect(summary.worstDocuments[0]?.taskMistakes).toEqual([
      'task 1 lead: "Sở Y tế và các cơ quan liên quan" ≠ "Sở Y tế"',
      'task 10 deadline: "2024-12-31" ≠ "2024-10-20"',
      'missed task 12 (1.3) "Tổng hợp nhu cầu đề xuất của Sở"',
    ]);
  });

  it('counts a failed extraction as every field wrong and prints the totals', () => {
    const truth = seed('seed-002');
    const score = scoreDocument('seed-002', truth, null, 'boom');
    const summary = summarise([score, scoreDocument('seed-004', seed('seed-004'), seed('seed-004'))]);
    expect(summary.fieldAccuracy).toBeCloseTo(0.5);
    expect(summary.fields.subject.wrongIn).toEqual(['seed-002']);
    expect(summary.tasks.recall).toBeCloseTo(3 / 6);
    const report = formatSummary(summary);
    expect(report).toContain('field accuracy      50.0%');
    expect(report).toContain('seed-002: fields 0.0%, task F1 0.00, error: boom');
    expect(SCORED_FIELDS).not.toContain('tasks');
  });

  it('shows lead and deadline accuracy as n/a when no task was aligned', () => {
    const truth = seed('seed-002');
    const report = formatSummary(summarise([scoreDocument('seed-002', truth, { ...copy(truth), tasks: [] })]));
    expect(report).toMatch(/task F1 +0\.000/u);
    expect(report).toContain('lead accuracy         n/a');
    expect(report).toContain('deadline accuracy     n/a');
  });
});
