import { createChromiumPdfRenderer } from './electron/exports/pdf/chromium-pdf';
import { registerPartHtml } from './shared/print/register-html';
import { INCOMING_REGISTER_COLUMNS } from './shared/reports/register-book';
const N = 1000;
const lines = Array.from({length: N}, (_, i) => [`${String(i % 28 + 1).padStart(2,'0')}/03/2024`, i + 1, 'Ủy ban nhân dân tỉnh Quảng Nam', `${i}/UBND-KT`, '12/03/2024', 'Công văn: V/v triển khai thực hiện kế hoạch chuyển đổi số năm 2024 trên địa bàn tỉnh', 'Phòng Kế hoạch - Tài chính', '13/03/2024', '', '']);
const book = { kind: 'incoming' as const, paper: 'A4' as const, columns: INCOMING_REGISTER_COLUMNS, lines, cover: { parentName: 'UBND', agencyName: 'Sở Y tế', title: 'SỔ', seriesName: null, year: 2024, dateFrom: null, dateTo: null, numberFrom: 1, numberTo: N, showNumberRange: true, volume: '01' } };
const r = createChromiumPdfRenderer();
const base = registerPartHtml(book, {from:0,to:N,withCover:false});
const variants: Record<string,string> = {
  base,
  noWrap: base.replace('overflow-wrap: anywhere;', ''),
  noAvoid: base.replace('table.register tr { break-inside: avoid; }', ''),
  noThead: base.replace('table.register thead { display: table-header-group; }', ''),
  none: base.replace('overflow-wrap: anywhere;', '').replace('table.register tr { break-inside: avoid; }', ''),
};
(async () => {
  await r.htmlToPdf('<p>x</p>');
  for (const [k, html] of Object.entries(variants)) { const t = Date.now(); await r.htmlToPdf(html, {timeoutMs:200000}); console.log(k, Date.now() - t); }
  await r.close(); })();
