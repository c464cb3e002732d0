import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { seedRegisters } from '../../helpers/reports-fixtures';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../helpers/test-runtime';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let rt: TestRuntime;
let outDir: string;
beforeAll(async () => {
  rt = createTestRuntime({ today: '2024-06-30' });
  await seedRegisters(rt);
  await rt.close();
  outDir = makeTempDir('vanthu-report-cli-');
});
afterAll(async () => rt.dispose());

describe('vanthu report', () => {
  it('prints the incoming register of a year to XLSX with as many lines as the database holds', async () => {
    const c = capture();
    const out = join(outDir, 'so-den.xlsx');
    const code = await runCli(
      [
        'report',
        'incoming-register',
        '--year',
        '2024',
        '--format',
        'xlsx',
        '--out',
        out,
        '--data-dir',
        rt.dataDir,
        '--today',
        '2024-06-30',
      ],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toContain('4 dòng');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const symbols: unknown[] = [];
    book.worksheets[0]?.eachRow((row) => symbols.push(row.getCell(4).value));
    expect(symbols).toEqual(expect.arrayContaining(['15/UBND-KT', '220/BYT-KHTC', '31/STC-NS', '88/SNV-TCBC']));
    expect(readdirSync(outDir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('prints a Phụ lục VI report for a period given as dd/mm/yyyy, the format taken from the file name', async () => {
    const c = capture();
    const out = join(outDir, 'bao-cao.docx');
    const code = await runCli(
      [
        'report',
        'outgoing-handling',
        '--from',
        '01/01/2024',
        '--to',
        '30/06/2024',
        '--out',
        out,
        '--data-dir',
        rt.dataDir,
        '--today',
        '2024-06-30',
      ],
      c.io,
    );
    expect(code).toBe(0);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐI');
    expect(text).toContain('Từ ngày 01/01/2024 đến ngày 30/06/2024');
  });

  it('refuses a bad date, an unknown format and a missing year in Vietnamese, writing nothing', async () => {
    const c = capture();
    const out = join(outDir, 'x.odt');
    expect(await runCli(['report', 'incoming-register', '--from', '31/02/2024', '--out', out, '--data-dir', rt.dataDir], c.io)).toBe(2);
    expect(await runCli(['report', 'incoming-register', '--year', '2024', '--out', out, '--data-dir', rt.dataDir], c.io)).toBe(2);
    expect(await runCli(['report', 'incoming-register', '--out', join(outDir, 'y.pdf'), '--data-dir', rt.dataDir], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/không phải ngày/);
    expect(c.err.join('\n')).toMatch(/Cần --year/);
    expect(c.err.join('\n')).toMatch(/Định dạng: chọn docx, pdf hoặc xlsx/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('vanthu import register', () => {
  it('imports a CSV register, then a second run imports nothing', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(outDir, 'so-den-cu.csv');
    writeFileSync(
      file,
      '\uFEFFNgày đến,Số đến,Tác giả,"Số, ký hiệu",Ngày tháng văn bản,Trích yếu\r\n02/01/2023,1,Bộ Y tế,1/BYT,30/12/2022,Công văn V/v chúc mừng năm mới\r\n03/01/2023,x,Sở Y tế,2/SYT,02/01/2023,Thông báo lịch trực\r\n',
    );
    const first = capture();
    expect(await runCli(['import', 'register', file, '--data-dir', rt.dataDir], first.io)).toBe(0);
    expect(first.out.join('\n')).toContain('Đã nhập 1 văn bản; bỏ qua 1 dòng.');
    expect(first.out.join('\n')).toContain('Dòng 3: Số "x" không phải số thứ tự trong sổ.');
    const second = capture();
    expect(await runCli(['import', 'register', file, '--data-dir', rt.dataDir], second.io)).toBe(0);
    expect(second.out.join('\n')).toContain('Đã nhập 0 văn bản');
    expect(second.out.join('\n')).toContain('1 dòng đã nhập trước đây');
  });
});
