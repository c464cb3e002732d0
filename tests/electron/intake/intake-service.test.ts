import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JobInfo } from '@shared/contract/app';
import type { ExtractedDocument } from '@shared/extract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCollectiveParty, matchUnitParty } from '../../../electron/services/intake/intake-match';
import { SEED_004 } from '../../fixtures/ocr/seed-004-document';
import { convertImage, documentPageHtml, renderPagesToPng } from '../../helpers/ocr-pages';
import { seedDocx } from '../../helpers/seed-documents';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../helpers/test-runtime';

/** Tiếp nhận on a real data folder: reading a staged DOCX, matching names, and the one-transaction registration. */

const seed = (n: string) => readFileSync(new URL(`../../fixtures/seeds/seed-${n}.txt`, import.meta.url), 'utf8');
const seedJson = (n: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/seeds/seed-${n}.json`, import.meta.url), 'utf8')) as ExtractedDocument;

let rt: TestRuntime;
const ids: Record<string, number> = {};

beforeEach(async () => {
  rt = createTestRuntime();
  await rt.call('agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
  for (const [key, name, abbreviation] of [
    ['vp', 'Văn phòng', 'VP'],
    ['khtc', 'Phòng Kế hoạch – Tài chính', 'KHTC'],
    ['nv', 'Phòng Nghiệp vụ Y', 'NVY'],
    ['tt', 'Thanh tra', 'TTra'],
  ] as const) {
    ids[key] = (await rt.call('units.create', { name, abbreviation })).id;
  }
  ids.ubnd = (await rt.call('bodies.create', { name: 'UBND tỉnh Đồng Nai', shortName: null })).id;
});

afterEach(async () => {
  await rt.dispose();
});

describe('matching the parties of the seeds to the directory', () => {
  it('maps every lead of seed 002 to its unit, and "các đơn vị liên quan" to none', () => {
    const ctx = rt.ctx;
    const leads = seedJson('002').tasks.map((t) => matchUnitParty(ctx, t.lead ?? ''));
    expect(leads.map((l) => l.id)).toEqual([ids.vp, ids.khtc, null]);
    // "Phòng Nghiệp vụ Sở Y tế" is not certain against "Phòng Nghiệp vụ Y": the clerk picks it from the candidates.
    expect(leads[2]?.candidates[0]?.id).toBe(ids.nv);
    const cooperating = matchUnitParty(ctx, 'các đơn vị liên quan');
    expect(cooperating).toMatchObject({ id: null, isCollective: true, candidates: [] });
  });

  it('treats collective phrases as no single unit', () => {
    for (const text of [
      'các đơn vị liên quan',
      'UBND các huyện, thị xã, thành phố',
      'Sở Y tế các tỉnh, thành phố',
      'Các đơn vị trực thuộc',
    ])
      expect(isCollectiveParty(text)).toBe(true);
    for (const text of ['Văn phòng Sở Y tế', 'Phòng Kế hoạch Tài chính Sở Y tế', 'Thanh tra Sở'])
      expect(isCollectiveParty(text)).toBe(false);
  });
});

describe('intake.read', () => {
  it('reads a staged DOCX of seed 002 and extracts the same JSON as its text', async () => {
    const staged = await rt.call('attachments.stage', { name: 'cv-002.docx', data: await seedDocx(seed('002')) });
    const fromFile = await rt.call('intake.read', { file: { sha256: staged.sha256, name: staged.name } });
    const fromText = await rt.call('intake.read', { text: seed('002') });
    expect(fromFile.source).toBe('docx');
    expect(fromText.source).toBe('text');
    expect(fromFile.extraction).toEqual(fromText.extraction);
    // The agency's short name ("Sở Y tế") must not replace the normalised issuer of the ground truth.
    expect(fromFile.extraction).toEqual(seedJson('002'));
    expect(fromFile.tasks.length).toBe(fromFile.extraction.tasks.length);
  });

  it('reads a scanned page through the OCR job, reporting progress page by page', async () => {
    const dir = makeTempDir('vanthu-intake-ocr-');
    await renderPagesToPng([{ html: documentPageHtml(SEED_004, 0), file: join(dir, 'page.png') }]);
    convertImage(join(dir, 'page.png'), join(dir, 'header.png'), ['-crop', '2481x790+0+0', '+repage']);
    const staged = await rt.call('attachments.stage', { name: 'scan.png', data: new Uint8Array(readFileSync(join(dir, 'header.png'))) });
    const progress: JobInfo[] = [];
    const stop = rt.events.subscribe((event, payload) => {
      if (event === 'jobs.progressed') progress.push(payload as JobInfo);
    });
    const reading = await rt.call('intake.read', { file: { sha256: staged.sha256, name: staged.name } });
    stop();
    rmSync(dir, { recursive: true, force: true });
    expect(reading.source).toBe('ocr');
    expect(reading.pages).toBe(1);
    expect(reading.confidence).toBeGreaterThan(80);
    expect(reading.extraction.numberAndSymbol).toBe('8161/SYT-KHTC');
    expect(progress.some((p) => p.kind === 'intake.ocr' && p.message === 'Đang nhận dạng trang 1/1')).toBe(true);
    expect(progress.at(-1)?.state).toBe('done');
  }, 120_000);

  it('refuses a file that was never staged and empty pasted text', async () => {
    await expect(rt.call('intake.read', { file: { sha256: 'a'.repeat(64), name: 'x.docx' } })).rejects.toThrow(
      'Tệp chưa được tải lên; hãy chọn lại tệp.',
    );
    await expect(rt.call('intake.read', { text: '   ' })).rejects.toThrow('Chưa có nội dung văn bản.');
  });
});

describe('intake.register', () => {
  const task = (leadText: string, leadUnitId: number | null) => ({
    source: 'extracted' as const,
    sourceRef: '1',
    content: 'Tham mưu tăng cường thực hiện các dự án công nghệ thông tin',
    leadText,
    leadUnitId,
    cooperating: [{ text: 'các đơn vị liên quan' }],
  });

  async function register(tasks: ReturnType<typeof task>[]) {
    const staged = await rt.call('attachments.stage', { name: 'cv-002.docx', data: await seedDocx(seed('002')) });
    return rt.call('intake.register', {
      document: {
        receivedDate: '2023-09-25',
        issuerName: 'Sở Y tế tỉnh Đồng Nai',
        numberAndSymbol: '/SYT-KHTC',
        docDate: '2023-09',
        kind: 'Công văn',
        subject: 'triển khai thực hiện Kết luận số 448-KL/TU',
        attachments: [{ sha256: staged.sha256, name: staged.name }],
        extractionJson: JSON.stringify(seedJson('002')),
        tasks,
      },
      unitAliases: [{ id: ids.nv ?? 0, alias: 'Phòng Nghiệp vụ Sở Y tế' }],
      bodyAliases: [{ id: ids.ubnd ?? 0, alias: 'UBND tỉnh' }],
      attachmentTexts: [{ sha256: staged.sha256, text: seed('002') }],
    });
  }

  it('registers the document with its attachment, extraction and tasks, and remembers the aliases', async () => {
    const record = await register([task('Văn phòng Sở Y tế', ids.vp ?? null), task('Phòng Nghiệp vụ Sở Y tế', null)]);
    expect(record).toMatchObject({ number: 1, year: 2023, hasExtraction: true, numberAndSymbol: '/SYT-KHTC' });
    expect(record.attachments.map((a) => a.name)).toEqual(['cv-002.docx']);
    const tasks = await rt.call('tasks.list', { incomingId: record.id });
    expect(tasks.map((t) => t.leadUnitId).sort()).toEqual([ids.vp, ids.nv].sort());
    const units = await rt.call('units.list', { includeInactive: false, query: null });
    expect(units.find((u) => u.id === ids.nv)?.aliases).toContain('Phòng Nghiệp vụ Sở Y tế');
    const bodies = await rt.call('bodies.list', { includeInactive: false, query: null });
    expect(bodies.find((b) => b.id === ids.ubnd)?.aliases).toContain('UBND tỉnh');
    // The alias is remembered: the next document's "Phòng Nghiệp vụ Sở Y tế" is matched without asking.
    expect(matchUnitParty(rt.ctx, 'Phòng Nghiệp vụ Sở Y tế').id).toBe(ids.nv);
    // The file's text is searchable: a phrase only the body holds finds the document.
    const found = await rt.call('search.query', { q: '"Chương trình hành động số 1017"' });
    expect(found.groups.find((g) => g.kind === 'incoming')?.hits.map((h) => h.id)).toEqual([record.id]);
  });

  it('rolls everything back when one task fails: no document, no number used, no alias, no task', async () => {
    await expect(register([task('Văn phòng Sở Y tế', ids.vp ?? null), task('Đơn vị đã xóa', 999_999)])).rejects.toThrow(
      'Đơn vị "Đơn vị đã xóa" không còn trong danh mục.',
    );
    expect((await rt.call('incoming.list', { year: 2023 })).total).toBe(0);
    expect(await rt.call('tasks.list', {})).toEqual([]);
    const units = await rt.call('units.list', { includeInactive: false, query: null });
    expect(units.find((u) => u.id === ids.nv)?.aliases).toEqual([]);
    const record = await register([task('Văn phòng Sở Y tế', ids.vp ?? null)]);
    expect(record.number).toBe(1);
  });
});
