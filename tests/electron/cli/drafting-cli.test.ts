import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { browserCandidates } from '../../../electron/exports/pdf/chromium-pdf';
import { quyetDinh, replyToSeed004, seedText } from '../../helpers/drafting-fixtures';
import { tempDir } from '../../helpers/pdf-tools';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const hasBrowser = browserCandidates().some((p) => existsSync(p));

describe('vanthu draft export / vanthu check', () => {
  const dir = tempDir('vanthu-cli-');
  const draftFile = join(dir, 'reply.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(draftFile, JSON.stringify(replyToSeed004(), null, 2));

  it('lists both commands in the help', async () => {
    const c = capture();
    await runCli(['--help'], c.io);
    expect(c.out.join('\n')).toContain('vanthu draft export FILE.json --format docx|pdf --out PATH');
    expect(c.out.join('\n')).toContain('vanthu check FILE [--json]');
  });

  it('exports a draft to DOCX, which then checks clean', async () => {
    const out = join(dir, 'reply.docx');
    const c = capture();
    expect(await runCli(['draft', 'export', draftFile, '--format', 'docx', '--out', out], c.io)).toBe(0);
    expect(c.out).toEqual([`Đã xuất DOCX: ${out}`]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const check = capture();
    expect(await runCli(['check', out], check.io)).toBe(0);
    expect(check.out).toEqual([`${out}: không phát hiện sai sót về thể thức.`]);
  });

  it.skipIf(!hasBrowser)('exports a draft to PDF (format taken from --out)', async () => {
    const out = join(dir, 'qd.pdf');
    const file = join(dir, 'qd.json');
    writeFileSync(file, JSON.stringify(quyetDinh()));
    const c = capture();
    expect(await runCli(['draft', 'export', file, '--out', out], c.io)).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('checks a seed text and prints Vietnamese findings; --json for programs', async () => {
    const seed = join(dir, 'seed-004.txt');
    writeFileSync(seed, seedText(4));
    const c = capture();
    expect(await runCli(['check', seed], c.io)).toBe(1);
    expect(c.out[0]).toMatch(/^\[Lỗi\] dòng 15 · Căn cứ: Công điện số 6741\/CD-VPCP được dẫn với hai ngày khác nhau/);
    expect(c.out.at(-1)).toBe('Tổng cộng: 1 lỗi, 0 cảnh báo, 0 gợi ý.');
    const j = capture();
    await runCli(['check', seed, '--json'], j.io);
    const result = JSON.parse(j.out.join('\n')) as { source: string; counts: { error: number }; findings: Array<{ code: string }> };
    expect(result).toMatchObject({ source: 'text', counts: { error: 1 } });
    expect(result.findings.map((f) => f.code)).toEqual(['REFERENCE_DATE_CONFLICT']);
  });

  it('answers bad input with a Vietnamese message and exit code 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind":"Công văn"}');
    const c = capture();
    expect(await runCli(['draft', 'export', bad, '--format', 'docx', '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^Dự thảo không đúng định dạng:/);
    const f = capture();
    expect(await runCli(['draft', 'export', draftFile, '--format', 'odt', '--out', join(dir, 'x.odt')], f.io)).toBe(2);
    expect(f.err[0]).toContain('Định dạng "odt" không hỗ trợ');
    const m = capture();
    expect(await runCli(['check', join(dir, 'khong-co.txt')], m.io)).toBe(2);
    expect(m.err[0]).toContain('Không tìm thấy tệp');
    const u = capture();
    expect(await runCli(['check'], u.io)).toBe(2);
  });

  it('fills the office’s own template with --template and reports unknown template fields', async () => {
    const template = join(dir, 'mau.docx');
    writeFileSync(
      template,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Số: {so_ky_hieu} {ma_rieng}')] }] })),
    );
    const out = join(dir, 'mau-out.docx');
    const c = capture();
    expect(await runCli(['draft', 'export', draftFile, '--format', 'docx', '--template', template, '--out', out], c.io)).toBe(0);
    expect(c.err[0]).toContain('{ma_rieng}');
    expect((await mammoth.extractRawText({ path: out })).value).toContain('Số: 8162/SYT-KHTC');
    const w = capture();
    expect(await runCli(['draft', 'export', draftFile, '--out', join(dir, 'khong-co', 'x.docx')], w.io)).toBe(2);
    expect(w.err[0]).toContain('Không ghi được tệp');
  });
});
