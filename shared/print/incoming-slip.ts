import type { AgencyProfile } from '../contract/directory';
import type { IncomingRecord } from '../contract/incoming';
import { datePhrase, formatDateVi } from '../text/dates';
import { escapeHtml, SERIF_STACK } from './html';

/** One assignment written on the slip (lead unit, cooperating units, deadline), when already decided. */
export interface SlipAssignment {
  lead: string;
  cooperating: string[];
  deadline: string | null;
}

const DOTS = '<div class="dots"></div>';

function header(agency: AgencyProfile, printedOn: string): string {
  const parent = agency.parentName ? `<div class="upper">${escapeHtml(agency.parentName.toUpperCase())}</div>` : '';
  return `
  <table class="head"><tr>
    <td class="left">${parent}<div class="upper bold">${escapeHtml(agency.name.toUpperCase())}</div><div class="rule short"></div></td>
    <td class="right"><div class="upper bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
      <div class="bold motto">Độc lập - Tự do - Hạnh phúc</div>
      <div class="italic date">${escapeHtml(agency.place)}, ${datePhrase(printedOn)}</div></td>
  </tr></table>`;
}

function documentBlock(record: IncomingRecord): string {
  const rows: Array<[string, string]> = [
    ['Tên loại và số, ký hiệu văn bản', `${record.kind} số ${record.numberAndSymbol}`],
    ['Ngày tháng văn bản', formatDateVi(record.docDate)],
    ['Cơ quan, tổ chức ban hành', record.issuerName],
    ['Trích yếu nội dung', record.subject],
    ['Số đến, ngày đến', `${record.number}/${record.year}, ngày ${formatDateVi(record.receivedDate)}`],
  ];
  if (record.dueDate) rows.push(['Hạn giải quyết', formatDateVi(record.dueDate)]);
  return `<table class="doc">${rows.map(([label, value]) => `<tr><td class="label">${label}:</td><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`;
}

function leaderBlock(assignments: readonly SlipAssignment[]): string {
  if (assignments.length === 0) return `${DOTS}${DOTS}${DOTS}${DOTS}`;
  return assignments
    .map((a) => {
      const cooperating = a.cooperating.length > 0 ? `; phối hợp: ${escapeHtml(a.cooperating.join(', '))}` : '';
      const deadline = a.deadline ? `; thời hạn: ${formatDateVi(a.deadline)}` : '';
      return `<p class="filled">- Đơn vị chủ trì: ${escapeHtml(a.lead)}${cooperating}${deadline}.</p>`;
    })
    .join('');
}

function section(title: string, body: string, signer: string): string {
  return `<div class="section"><div class="bold">${title}</div>${body}
    <div class="sign"><div class="italic">Ngày ….. tháng ….. năm ……</div><div class="bold">${signer}</div><div class="hint">(Ký, ghi rõ họ tên)</div></div></div>`;
}

/** The "ĐẾN" stamp of Phụ lục IV at its real size (50 × 35 mm), filled in. */
function stamp(agency: AgencyProfile, record: IncomingRecord): string {
  return `
  <div class="stamp-page">
    <p class="caption">Dữ liệu dấu "ĐẾN" (kích thước thật 50 × 35 mm):</p>
    <div class="stamp">
      <div class="stamp-agency">${escapeHtml(agency.name.toUpperCase())}</div>
      <div class="stamp-main"><div class="den">ĐẾN</div>
        <div class="stamp-fields"><div>Số: <b>${record.number}</b></div><div>Ngày: <b>${formatDateVi(record.receivedDate)}</b></div></div></div>
      <div class="stamp-line">Chuyển: ${escapeHtml(record.recipient ?? '')}</div>
      <div class="stamp-line">Số và ký hiệu HS: </div>
    </div>
  </div>`;
}

/**
 * The Phiếu giải quyết văn bản đến (Phụ lục IV, mục VII) for one registered document, A4 portrait,
 * with the leader's block pre-filled when the assignments are known, then the "ĐẾN" stamp data.
 */
export function incomingSlipHtml(input: {
  agency: AgencyProfile;
  record: IncomingRecord;
  assignments: readonly SlipAssignment[];
  printedOn: string;
}): string {
  const { agency, record } = input;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phiếu giải quyết văn bản đến số ${record.number}/${record.year}</title>
<style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: ${SERIF_STACK}; font-size: 13pt; color: #000; margin: 0; }
.head { width: 100%; border-collapse: collapse; text-align: center; }
.head td { vertical-align: top; padding: 0; }
.head .left { width: 40%; font-size: 12.5pt; } .head .right { width: 60%; font-size: 12.5pt; }
.upper { text-transform: uppercase; } .bold { font-weight: bold; } .italic { font-style: italic; }
.motto { font-size: 13.5pt; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
.date { margin-top: 8px; font-size: 13.5pt; }
.rule.short { width: 35%; margin: 2px auto 0; border-top: 1px solid #000; }
h1 { text-align: center; font-size: 14pt; margin: 26px 0 14px; }
.doc { width: 100%; border-collapse: collapse; margin-bottom: 10px; }
.doc td { padding: 3px 0; vertical-align: top; } .doc .label { width: 40%; }
.section { margin-top: 14px; page-break-inside: avoid; }
.dots { border-bottom: 1px dotted #000; height: 24px; }
.filled { margin: 6px 0; }
.sign { width: 50%; margin: 10px 0 0 auto; text-align: center; }
.sign .hint { font-size: 11pt; font-style: italic; margin-bottom: 40px; }
.stamp-page { page-break-before: always; }
.caption { font-size: 12pt; font-style: italic; }
.stamp { width: 50mm; height: 35mm; border: 1.5px solid #000; box-sizing: border-box; padding: 1.5mm 2mm; font-size: 9pt; }
.stamp-agency { text-align: center; font-weight: bold; font-size: 8pt; border-bottom: 1px solid #000; padding-bottom: 1mm; }
.stamp-main { display: flex; align-items: center; gap: 2mm; margin: 1mm 0; }
.den { font-size: 16pt; font-weight: bold; } .stamp-fields div { line-height: 1.35; }
.stamp-line { line-height: 1.4; }
</style></head><body>
${header(agency, input.printedOn)}
<h1>PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN</h1>
${documentBlock(record)}
${section('1. Ý kiến của lãnh đạo cơ quan, tổ chức:', leaderBlock(input.assignments), 'LÃNH ĐẠO CƠ QUAN')}
${section('2. Ý kiến của lãnh đạo đơn vị:', `${DOTS}${DOTS}${DOTS}`, 'LÃNH ĐẠO ĐƠN VỊ')}
${section('3. Ý kiến đề xuất của người giải quyết:', `${DOTS}${DOTS}${DOTS}`, 'NGƯỜI GIẢI QUYẾT')}
${stamp(agency, record)}
</body></html>`;
}
