import { createChromiumPdfRenderer } from './electron/exports/pdf/chromium-pdf';
import { pageNumberHtml } from './shared/print/register-html';
const r = createChromiumPdfRenderer();
(async () => {
  await r.htmlToPdf('<p>x</p>');
  for (const n of [100, 300, 900]) { const t = Date.now(); await r.htmlToPdf(pageNumberHtml('A4', n, 1), {timeoutMs:200000}); console.log(n, Date.now() - t); }
  const plain = (n: number) => `<style>@page{size:A4 landscape;margin:10mm}</style>` + Array.from({length:n},(_, i)=>`<div style="break-after:page">Trang ${i}</div>`).join('');
  for (const n of [100, 900]) { const t = Date.now(); await r.htmlToPdf(plain(n), {timeoutMs:200000}); console.log('plain', n, Date.now() - t); }
  await r.close(); })();
