import { createChromiumPdfRenderer } from './electron/exports/pdf/chromium-pdf';
import { registerPartHtml, pageNumberHtml } from './shared/print/register-html';
import { INCOMING_REGISTER_COLUMNS } from './shared/reports/register-book';
const N = Number(process.argv[2] ?? 1000);
const lines = Array.from({length: N}, (_, i) => [`${String(i % 28 + 1).padStart(2,'0')}/03/2024`, i + 1, 'Ủy ban nhân dân tỉnh Quảng Nam', `${i}/UBND-KT`, '12/03/2024', 'Công văn: V/v triển khai thực hiện kế hoạch chuyển đổi số năm 2024 trên địa bàn tỉnh', 'Phòng Kế hoạch - Tài chính', '13/03/2024', '', '']);
const book = { kind: 'incoming' as const, paper: 'A4' as const, columns: INCOMING_REGISTER_COLUMNS, lines, cover: { parentName: 'UBND', agencyName: 'Sở Y tế', title: 'SỔ', seriesName: null, year: 2024, dateFrom: null, dateTo: null, numberFrom: 1, numberTo: N, showNumberRange: true, volume: '01' } };
const r = createChromiumPdfRenderer();
(async () => {
  await r.htmlToPdf('<p>x</p>');
  let t = Date.now(); await r.htmlToPdf(registerPartHtml(book, {from:0,to:N,withCover:false}), {timeoutMs:200000}); console.log('part', Date.now() - t);
  t = Date.now(); await r.htmlToPdf(pageNumberHtml('A4', 900, 1), {timeoutMs:200000}); console.log('numbers', Date.now() - t);
  await r.close(); })();
