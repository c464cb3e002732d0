import { readdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../../electron/services/paths';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Công văn số 12/UBND')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function realXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sổ').addRow(['Số đến', 'Trích yếu']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A one-entry ZIP built by hand: `payload` deflated, declared with its true sizes. */
function zipOf(entries: Array<{ name: string; payload: Buffer }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, payload } of entries) {
    const data = deflateRawSync(payload);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(payload.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(payload.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

async function stage(name: string, data: Uint8Array) {
  return rt.dispatch('attachments.stage', { name, data }, { transport: 'test', session: null });
}

function storedFiles(): string[] {
  const dir = dataPaths(rt.dataDir).files;
  return readdirSync(dir).flatMap((prefix) => readdirSync(`${dir}/${prefix}`));
}

describe('attachments.stage refuses bad files with a clear message and writes nothing', () => {
  it('accepts real PDF, DOCX and XLSX files', async () => {
    rt = createTestRuntime();
    expect(await stage('a.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n%%EOF\n'))).toMatchObject({ ok: true });
    expect(await stage('b.docx', await realDocx())).toMatchObject({ ok: true });
    expect(await stage('c.xlsx', await realXlsx())).toMatchObject({ ok: true });
    expect(storedFiles()).toHaveLength(3);
  });

  it.each([
    ['empty', 'rong.pdf', () => new Uint8Array(0), /rỗng/],
    ['truncated PDF', 'cut.pdf', () => new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(5000)}`), /cắt cụt/],
    ['truncated PNG', 'anh.png', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /cắt cụt/],
    ['a PDF named .docx', 'gia.docx', () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), /không phải là Word \(DOCX\) thật/],
    ['an unknown type', 'script.exe', () => new Uint8Array([0x4d, 0x5a, 0, 0]), /chỉ nhận PDF/],
  ])('%s', async (_label, name, make, message) => {
    rt = createTestRuntime();
    const result = await stage(name, make());
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(message) } });
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a DOCX cut in half, an XLSX named .docx, and a ZIP that is no Office file', async () => {
    rt = createTestRuntime();
    const docx = await realDocx();
    expect(await stage('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)))).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE', message: expect.stringContaining('bị cắt cụt hoặc hỏng') },
    });
    expect(await stage('bang.docx', await realXlsx())).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE', message: expect.stringContaining('thực ra là Excel (XLSX): hãy đổi đuôi tệp thành .xlsx') },
    });
    expect(await stage('nen.xlsx', zipOf([{ name: 'readme.txt', payload: Buffer.from('xin chào') }]))).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE', message: expect.stringContaining('không phải là Excel (XLSX) thật') },
    });
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a zip bomb inside a DOCX without inflating it', async () => {
    rt = createTestRuntime();
    const bomb = zipOf([
      { name: '[Content_Types].xml', payload: Buffer.from('<Types/>') },
      { name: 'word/document.xml', payload: Buffer.alloc(100 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().arrayBuffers;
    const result = await stage('bom.docx', bomb);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining('bom nén') } });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a 200 MB file over the size limit', async () => {
    rt = createTestRuntime();
    const big = new Uint8Array(200 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const result = await stage('lon.pdf', big);
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringContaining('lớn hơn 100 MB') } });
    expect(storedFiles()).toEqual([]);
  });

  it('keeps only the base name of a path-traversal name and stores by content hash', async () => {
    rt = createTestRuntime();
    const result = await stage('../../../etc/passwd.pdf', new TextEncoder().encode('%PDF-1.7\n%%EOF\n'));
    expect(result).toMatchObject({ ok: true, value: { name: 'passwd.pdf' } });
    expect(storedFiles()).toEqual([expect.stringMatching(/^[a-f0-9]{64}$/)]);
  });
});
