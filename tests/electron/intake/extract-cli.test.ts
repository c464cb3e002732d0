import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '@shared/extract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { SEED_004 } from '../../fixtures/ocr/seed-004-document';
import { convertImage, documentPageHtml, renderPagesToPng } from '../../helpers/ocr-pages';
import { seedDocx } from '../../helpers/seed-documents';
import { makeTempDir } from '../../helpers/test-runtime';

/** `vanthu extract FILE [--json] [--spans]` on text, Word and scanned files; stdout carries only the result. */

const SEEDS = join(__dirname, '..', '..', 'fixtures', 'seeds');
const seedText = (n: string) => readFileSync(join(SEEDS, `seed-${n}.txt`), 'utf8');
let dir = '';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err };
}

beforeAll(() => {
  dir = makeTempDir('vanthu-extract-');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('vanthu extract', () => {
  it('prints exactly the extractor JSON for each seed text, and adds the spans with --spans', async () => {
    for (const n of ['002', '003', '004']) {
      const { code, out } = await cli(['extract', join(SEEDS, `seed-${n}.txt`), '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(extractDocument(seedText(n)).result);
    }
    const { out } = await cli(['extract', join(SEEDS, 'seed-002.txt'), '--spans']);
    const parsed = JSON.parse(out) as { spans: Record<string, { start: number; end: number }> };
    expect(parsed.spans).toEqual(extractDocument(seedText('002')).spans);
  });

  it('reads a .docx to the same JSON as its text, and prints a Vietnamese summary by default', async () => {
    const file = join(dir, 'cv.docx');
    writeFileSync(file, await seedDocx(seedText('002')));
    const json = await cli(['extract', file, '--json']);
    expect(JSON.parse(json.out)).toEqual(extractDocument(seedText('002')).result);
    const summary = await cli(['extract', file]);
    expect(summary.code).toBe(0);
    expect(summary.out).toContain('Đọc từ:            tệp Word');
    expect(summary.out).toContain('Số, ký hiệu:       /SYT-KHTC');
    expect(summary.out).toContain('Ngày văn bản:      …/09/2023 (để trống ngày)');
  });

  it('says in Vietnamese what is wrong with a damaged or unsupported file, on stderr', async () => {
    const damaged = join(dir, 'hong.docx');
    writeFileSync(damaged, (await seedDocx(seedText('002'))).slice(0, 2000));
    const result = await cli(['extract', damaged, '--json']);
    expect(result.code).not.toBe(0);
    expect(result.out).toBe('');
    expect(result.err.join('\n')).toContain('Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.');
    const other = await cli(['extract', join(dir, 'bang.xlsx')]);
    expect(other.err.join('\n')).toContain('Chỉ đọc được tệp .txt, .docx, .pdf và ảnh');
  });

  it('reads a scanned page through OCR, with the progress on stderr and the JSON on stdout', async () => {
    await renderPagesToPng([{ html: documentPageHtml(SEED_004, 0), file: join(dir, 'page.png') }]);
    convertImage(join(dir, 'page.png'), join(dir, 'header.png'), ['-crop', '2481x790+0+0', '+repage']);
    const { code, out, err } = await cli(['extract', join(dir, 'header.png'), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { numberAndSymbol: string | null; place: string | null };
    expect(result.numberAndSymbol).toBe('8161/SYT-KHTC');
    expect(result.place).toBe('Đồng Nai');
    expect(err).toContain('Đang nhận dạng trang 1/1');
  }, 120_000);
});
