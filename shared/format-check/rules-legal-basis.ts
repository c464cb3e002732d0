import { advice, type CheckView, edit, endingFix, type Finding, finding, type ViewLine } from './types';

/**
 * Căn cứ (Phụ lục I box 6): one basis per line, each ending with ";"; in a Quyết định or Nghị
 * quyết the last line of the preamble (căn cứ or "Theo đề nghị …") ends with "." before
 * "QUYẾT ĐỊNH:". In a công văn the preamble leads into the sentence that follows, so only the
 * lines before the last are checked.
 */

const DECISION_KINDS = new Set(['Quyết định', 'Nghị quyết']);

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'can-cu', severity, part: 'legalBasis', at, message, fix });
}

function checkEnding(at: ViewLine, expected: ';' | '.', isLast: boolean): Finding[] {
  const text = at.text.trim();
  const ending = /[;,.:]$/u.exec(text)?.[0] ?? '';
  if (ending === expected) return [];
  const message = isLast
    ? 'Dòng căn cứ (hoặc "Theo đề nghị") cuối cùng trước "QUYẾT ĐỊNH:" kết thúc bằng dấu chấm.'
    : `Mỗi dòng căn cứ kết thúc bằng dấu chấm phẩy (;)${ending ? `, không dùng "${ending}"` : ''}.`;
  return [
    rule(
      isLast ? 'LEGAL_BASIS_LAST_ENDING' : 'LEGAL_BASIS_ENDING',
      'error',
      at,
      message,
      endingFix(text, expected, `Kết thúc dòng bằng "${expected}".`),
    ),
  ];
}

function checkStart(at: ViewLine): Finding[] {
  const m = /^(căn cứ|CĂN CỨ|theo đề nghị)(?=\s|$)/u.exec(at.text.trim());
  if (!m) return [];
  const fixed = m[0].toLowerCase().replace(/^./u, (c) => c.toUpperCase());
  return [
    rule(
      'LEGAL_BASIS_CASE',
      'warning',
      at,
      `Dòng căn cứ bắt đầu bằng "${fixed}" (chỉ viết hoa chữ cái đầu).`,
      edit(`Sửa thành "${fixed}".`, m[0], fixed),
    ),
  ];
}

export function checkLegalBases(view: CheckView): Finding[] {
  const lines = view.legalBases.filter((l) => l.text.trim());
  const isDecision = view.enactingLine !== null || (view.kind !== null && DECISION_KINDS.has(view.kind));
  const out: Finding[] = [];
  if (isDecision && lines.length === 0 && view.source === 'draft') {
    const at = view.titleLine ?? { text: view.kind ?? '', line: null, path: 'legalBases' };
    out.push(
      rule(
        'LEGAL_BASIS_MISSING',
        'warning',
        { ...at, path: 'legalBases' },
        `${view.kind} chưa có căn cứ ban hành.`,
        advice('Thêm các dòng "Căn cứ …;" và "Theo đề nghị của …." trước "QUYẾT ĐỊNH:".'),
      ),
    );
  }
  lines.forEach((at, i) => {
    out.push(...checkStart(at));
    const isLast = i === lines.length - 1;
    if (!isLast) out.push(...checkEnding(at, ';', false));
    else if (isDecision) out.push(...checkEnding(at, '.', true));
  });
  return out;
}
