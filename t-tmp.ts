import { writeFileSync } from 'node:fs';
import { createChromiumPdfRenderer } from './electron/exports/pdf/chromium-pdf';
import { renderRegisterPdf } from './electron/exports/registers/register-pdf';
import { INCOMING_REGISTER_COLUMNS } from './shared/reports/register-book';
const N = Number(process.argv[2] ?? 200);
const lines = Array.from({length: N}, (_, i) => [`${String(i % 28 + 1).padStart(2,'0')}/03/2024`, i + 1, 'Ủy ban nhân dân tỉnh Quảng Nam', `${i}/UBND-KT`, '12/03/2024', 'Công văn: V/v triển khai thực hiện kế hoạch chuyển đổi số năm 2024 trên địa bàn tỉnh', 'Phòng Kế hoạch - Tài chính', '13/03/2024', '', '']);
const book = { kind: 'incoming' as const, paper: (process.argv[3] ?? 'A4') as 'A4', columns: INCOMING_REGISTER_COLUMNS, lines, cover: { parentName: 'UBND TỈNH QUẢNG NAM', agencyName: 'Sở Y tế', title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', seriesName: null, year: 2024, dateFrom: '2024-01-02', dateTo: '2024-12-30', numberFrom: 1, numberTo: N, showNumberRange: true, volume: '01' } };
const r = createChromiumPdfRenderer();
(async () => { const t = Date.now(); const out = await renderRegisterPdf(book, r); console.log('ms', Date.now() - t, 'pages', out.pages, 'bytes', out.pdf.length); writeFileSync('/tmp/rt/reg.pdf', out.pdf); await r.close(); })();
