import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeReading, PartyMatch } from '@shared/contract/intake';
import type { ExtractedDocument } from '@shared/extract';
import { describe, expect, it } from 'vitest';
import { formFromReading, registerInput, taskDrafts } from '../../../renderer/src/features/intake/intake-values';
import { issueText } from '../../../renderer/src/features/intake/issue-text';

/** The intake screen's model: a reading of seed 002 → the form, the tasks, and what "Vào sổ" sends. */

const SEEDS = join(__dirname, '..', '..', 'fixtures', 'seeds');
const TEXT = readFileSync(join(SEEDS, 'seed-002.txt'), 'utf8');
const DOC = JSON.parse(readFileSync(join(SEEDS, 'seed-002.json'), 'utf8')) as ExtractedDocument;

const party = (text: string, id: number | null, name: string | null = null): PartyMatch => ({
  text,
  id,
  name,
  isCollective: text.startsWith('các'),
  candidates: id
    ? [{ id, name: name ?? text, score: 1, matchedOn: text }]
    : [{ id: 13, name: 'Phòng Nghiệp vụ Y', score: 0.8, matchedOn: text }],
});

function reading(): IntakeReading {
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, confidence: 0.95 });
  return {
    text: TEXT,
    source: 'docx',
    pages: null,
    confidence: null,
    lowConfidence: [],
    extraction: DOC,
    spans: {
      numberAndSymbol: at('Số: /SYT-KHTC'),
      date: { ...at('Đồng Nai, ngày tháng 9 năm 2023'), confidence: 0.5 },
      subject: at('V/v triển khai thực hiện Kết luận'),
      'tasks.0': at('1. Giao Văn phòng Sở Y tế chủ trì, phối hợp các đơn vị liên quan:'),
    },
    issuer: party('Sở Y tế tỉnh Đồng Nai', 7, 'Sở Y tế tỉnh Đồng Nai'),
    tasks: [
      { lead: party('Văn phòng Sở Y tế', 11, 'Văn phòng'), cooperating: [party('các đơn vị liên quan', null)] },
      { lead: party('Phòng Kế hoạch Tài chính Sở Y tế', 12, 'Phòng Kế hoạch – Tài chính'), cooperating: [] },
      { lead: party('Phòng Nghiệp vụ Sở Y tế', null), cooperating: [] },
    ],
  };
}

describe('intake values', () => {
  it('fills the form from the reading and remembers where each field came from', () => {
    const { values, sources } = formFromReading(reading(), '2023-09-25', null, null);
    expect(values).toMatchObject({
      receivedDate: '2023-09-25',
      issuerName: 'Sở Y tế tỉnh Đồng Nai',
      issuerId: 7,
      numberAndSymbol: '/SYT-KHTC',
      docDate: '2023-09',
      kind: 'Công văn',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Bình',
      dueDate: null,
    });
    expect(values.subject).toMatch(/^triển khai thực hiện Kết luận số 448-KL\/TU/);
    expect(sources.numberAndSymbol).toBeDefined();
    expect(sources.docDate?.confidence).toBe(0.5);
    expect(sources.signerName).toBeUndefined();
  });

  it('flags a field read from a doubtful OCR line, whatever the extractor thought', () => {
    const r = reading();
    const subject = r.spans.subject;
    if (!subject) throw new Error('no subject span');
    const ocr = { ...r, source: 'ocr' as const, lowConfidence: [{ start: subject.start + 5, end: subject.end + 40, confidence: 61 }] };
    const { sources } = formFromReading(ocr, '2023-09-25', null, null);
    expect(sources.subject?.confidence).toBe(0.5);
    expect(sources.numberAndSymbol?.confidence).toBe(0.95);
  });

  it('proposes one task per extracted item with the matched lead unit, the full item text as content', () => {
    const tasks = taskDrafts(reading());
    expect(tasks.map((t) => t.leadUnitId)).toEqual(['11', '12', null]);
    expect(tasks[0]?.content).toBe('Giao Văn phòng Sở Y tế chủ trì, phối hợp các đơn vị liên quan:');
    expect(tasks[1]?.content).toBe(DOC.tasks[1]?.summary);
    expect(tasks[0]?.cooperating).toEqual([{ text: 'các đơn vị liên quan', unitId: null }]);
    // Not certain: offered to the clerk as a one-click choice.
    expect(tasks.map((t) => t.candidates)).toEqual([[], [], [{ id: 13, name: 'Phòng Nghiệp vụ Y' }]]);
  });

  it('sends only accepted tasks, and an alias only for a lead the clerk matched by hand', () => {
    const r = reading();
    const tasks = taskDrafts(r).map((t, i) => (i === 2 ? { ...t, leadUnitId: '13' } : i === 1 ? { ...t, isAccepted: false } : t));
    const input = registerInput(r, formFromReading(r, '2023-09-25', null, null).values, tasks);
    expect(input.document.tasks?.map((t) => [t.leadText, t.leadUnitId])).toEqual([
      ['Văn phòng Sở Y tế', 11],
      ['Phòng Nghiệp vụ Sở Y tế', 13],
    ]);
    expect(input.unitAliases).toEqual([{ id: 13, alias: 'Phòng Nghiệp vụ Sở Y tế' }]);
    expect(input.bodyAliases).toEqual([]);
    expect(JSON.parse(input.document.extractionJson ?? 'null')).toEqual(DOC);
  });
});

describe('issue text', () => {
  it('shows the extractor issues of seed 003 with a Vietnamese label and the labels to look at', () => {
    const issues = (JSON.parse(readFileSync(join(SEEDS, 'seed-003.json'), 'utf8')) as ExtractedDocument).issues;
    expect(issues.map(issueText)).toEqual([
      'Hai mục trùng số thứ tự: 1.3.',
      'Các mục con đánh số không khớp với mục cha: 2. Đối với các cơ quan liên quan',
    ]);
    expect(
      issueText(
        "REFERENCE_DATE_CONFLICT: Công điện số 6741/CD-VPCP of Văn phòng Chính phủ is cited as 'ngày 22/9/2021' (x) but as 'ngày 27/9/2021' (y).",
      ),
    ).toBe(
      'Một văn bản được viện dẫn với hai ngày khác nhau: Công điện số 6741/CD-VPCP của Văn phòng Chính phủ — ngày 22/9/2021 — ngày 27/9/2021',
    );
  });
});
