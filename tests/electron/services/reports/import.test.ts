import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

/** A register as offices keep it: a merged title, headers merged over two rows, a column-number row, mixed dates, a bad row. */
async function messyWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Ghi chú');
  const sheet = book.addWorksheet('Sổ đến 2021');
  sheet.getCell('A1').value = 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2021';
  sheet.mergeCells('A1:I1');
  const headers = [
    ' Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung',
    'Đơn vị hoặc người nhận',
    'Ngày chuyển',
    'Ghi chú',
  ];
  headers.forEach((h, i) => {
    const col = String.fromCharCode(65 + i);
    sheet.getCell(`${col}3`).value = h;
    sheet.mergeCells(`${col}3:${col}4`);
  });
  sheet.getRow(5).values = headers.map((_h, i) => `(${i + 1})`);
  sheet.getRow(6).values = [
    '05/02/2021',
    1,
    '  Bộ Y tế  ',
    '220/BYT-KHTC',
    44229,
    'Công văn:  V/v báo cáo   số liệu',
    'Phòng Kế hoạch – Tài chính',
    '06/02/2021',
    '',
  ];
  sheet.getRow(7).values = [
    new Date(Date.UTC(2021, 1, 8)),
    '2',
    'Sở Tài chính',
    '15/QĐ-STC',
    '3/2/2021',
    'về việc phân bổ kinh phí',
    'Văn phòng Sở',
    null,
    'Bản sao',
  ];
  sheet.getRow(8).values = ['31/02/2021', 'abc', '', '9/TB-X', '01/02/2021', 'Thông báo lịch họp'];
  sheet.getRow(9).values = [44236, 3, 'UBND tỉnh Đồng Nai', '1234/UBND-VX', '2021-02-04', 'Kế hoạch triển khai tiêm chủng', '', '', ''];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Text as Windows-1258 stores it: tone marks as separate combining characters after the (ô, ơ, ư, ă) letter. */
function windows1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const decomposed = [...text.normalize('NFC')]
    .map((ch) => {
      const nfd = ch.normalize('NFD');
      return nfd.replace(tones, '').normalize('NFC') + (nfd.match(tones) ?? []).join('');
    })
    .join('');
  return new Uint8Array(iconv.encode(decomposed, 'windows1258'));
}

async function setup() {
  rt = createTestRuntime({ today: '2021-03-01' });
  await rt.call('agency.save', DONG_NAI_AGENCY);
  await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
}

describe('import of a register kept in Excel', () => {
  it('finds the sheet, header row and columns, reads every date form, reports the bad row in Vietnamese', async () => {
    await setup();
    const upload = await rt.call('import.upload', { name: 'so-den-2021.xlsx', data: await messyWorkbook() });
    expect(upload.sheets).toEqual(['Ghi chú', 'Sổ đến 2021']);
    const preview = await rt.call('import.preview', { uploadId: upload.uploadId, direction: 'den' });
    expect(preview.sheet).toBe('Sổ đến 2021');
    expect(preview.headerRow).toBe(3);
    expect(preview.mapping).toMatchObject({
      receivedDate: 0,
      number: 1,
      issuerName: 2,
      numberAndSymbol: 3,
      docDate: 4,
      kindSubject: 5,
      recipient: 6,
      transferredDate: 7,
      note: 8,
    });
    expect(preview.counts).toEqual({ total: 4, ok: 3, error: 1, imported: 0 });
    const bad = preview.lines.find((l) => l.rowNumber === 8);
    expect(bad?.errors).toEqual([
      'Thiếu tác giả.',
      'Ngày đến "31/02/2021" không phải ngày (dd/mm/yyyy).',
      'Số "abc" không phải số thứ tự trong sổ.',
    ]);
    expect(preview.lines.find((l) => l.rowNumber === 6)?.values).toMatchObject({
      receivedDate: '05/02/2021',
      docDate: '02/02/2021',
      issuerName: 'Bộ Y tế',
    });
  });

  it('imports the valid lines in one go with their numbers, marked imported; a second run adds nothing; numbering continues', async () => {
    await setup();
    const data = await messyWorkbook();
    const first = await rt.call('import.upload', { name: 'so-den-2021.xlsx', data });
    const outcome = await rt.call('import.commit', { uploadId: first.uploadId, direction: 'den' });
    expect(outcome.imported).toBe(3);
    expect(outcome.skipped).toEqual([{ rowNumber: 8, reason: expect.stringContaining('Thiếu tác giả.') }]);
    const list = await rt.call('incoming.list', { year: 2021, sort: 'number_asc' } as never);
    expect(list.rows.map((r) => [r.number, r.receivedDate, r.issuerName, r.kind, r.subject, r.recipient, r.isImported])).toEqual([
      [1, '2021-02-05', 'Bộ Y tế', 'Công văn', 'V/v báo cáo số liệu', 'Phòng Kế hoạch – Tài chính', true],
      [2, '2021-02-08', 'Sở Tài chính', 'Quyết định', 'về việc phân bổ kinh phí', 'Văn phòng Sở', true],
      [3, '2021-02-09', 'UBND tỉnh Đồng Nai', 'Kế hoạch', 'triển khai tiêm chủng', null, true],
    ]);
    const again = await rt.call('import.upload', { name: 'so-den-2021.xlsx', data });
    const second = await rt.call('import.commit', { uploadId: again.uploadId, direction: 'den' });
    expect(second.imported).toBe(0);
    expect(second.skipped.filter((s) => s.reason === 'Đã nhập từ lần trước.')).toHaveLength(3);
    expect((await rt.call('incoming.list', { year: 2021 } as never)).total).toBe(3);
    const next = await rt.call('incoming.register', {
      receivedDate: '2021-03-01',
      issuerName: 'Bộ Tài chính',
      numberAndSymbol: '5/BTC',
      docDate: '2021-02-26',
      kind: 'Công văn',
      subject: 'V/v thử',
    });
    expect(next.number).toBe(4);
  });

  it('reads a Windows-1258 CSV of the outgoing register with semicolons; cấp số continues after the imported numbers', async () => {
    await setup();
    const csv = [
      'Số, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung văn bản;Người ký;Nơi nhận văn bản;Số lượng bản;Ghi chú',
      '07/SYT-KHTC;10/03/2021;Công văn V/v tăng cường phòng chống dịch;Nguyễn Văn An;"Các bệnh viện; Lưu: VT";5;',
      '"08/QĐ-SYT";12/03/2021;"Quyết định về việc thành lập Tổ công tác";Trần Thị Bình;Như Điều 3;3;Đã ký',
    ].join('\r\n');
    const upload = await rt.call('import.upload', { name: 'so-di.csv', data: windows1258(csv) });
    const outcome = await rt.call('import.commit', { uploadId: upload.uploadId, direction: 'di' });
    expect(outcome.skipped).toEqual([]);
    expect(outcome.imported).toBe(2);
    const list = await rt.call('outgoing.list', { year: 2021 } as never);
    expect(list.rows.map((r) => [r.number, r.numberAndSymbol, r.kind, r.subject, r.signer, r.copies]).sort()).toEqual([
      [7, '07/SYT-KHTC', 'Công văn', 'V/v tăng cường phòng chống dịch', 'Nguyễn Văn An', 5],
      [8, '08/QĐ-SYT', 'Quyết định', 'về việc thành lập Tổ công tác', 'Trần Thị Bình', 3],
    ]);
    const issued = await rt.call('outgoing.issue', {
      kind: 'Công văn',
      subject: 'V/v mới',
      docDate: '2021-03-15',
      recipients: ['Như trên'],
    });
    expect(issued.number).toBe(9);
  });
});
