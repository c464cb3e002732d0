import { DOCUMENT_KINDS, kindByCode, kindByName } from '../domain/document-kinds';
import { fold } from '../text/fold';
import { advice, type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Số, ký hiệu (Phụ lục I box 3): "Số:" then the number (a leading 0 below 10), "/", the ký hiệu
 * with its groups joined by "-" and no spaces; a typed kind starts with its code from Phụ lục III
 * in its exact case (QĐ, TTr, QyĐ); a công văn has no code.
 */

interface ParsedNumber {
  label: string;
  hasColon: boolean;
  number: string;
  symbol: string;
}

const NUMBER_LINE = /^(\p{L}+)\s*(:?)\s*([^/]*?)\s*\/\s*(.*)$/u;

export function parseNumberLine(text: string): ParsedNumber | null {
  const m = NUMBER_LINE.exec(text.trim());
  if (!m) return null;
  return { label: m[1] ?? '', hasColon: m[2] === ':', number: (m[3] ?? '').replace(/\s+/g, ''), symbol: (m[4] ?? '').trim() };
}

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'so-ky-hieu', severity, part: 'number', at, message, fix });
}

function checkLabel(parsed: ParsedNumber, at: ViewLine): Finding[] {
  const out: Finding[] = [];
  if (parsed.label !== 'Số') {
    out.push(
      rule(
        'NUMBER_LABEL',
        'warning',
        at,
        'Chữ "Số" viết hoa chữ S, các chữ khác viết thường.',
        edit('Sửa thành "Số".', parsed.label, 'Số'),
      ),
    );
  }
  if (!parsed.hasColon) {
    out.push(
      rule('NUMBER_COLON', 'warning', at, 'Sau chữ "Số" phải có dấu hai chấm.', edit('Thêm dấu hai chấm: "Số:".', parsed.label, 'Số:')),
    );
  }
  return out;
}

function checkNumber(number: string, at: ViewLine, isDraft: boolean): Finding[] {
  if (!number) return [];
  const find = isDraft ? number : `${number}/`;
  const replaceWith = (value: string) => (isDraft ? value : `${value}/`);
  if (!/^\d+$/.test(number)) {
    return [rule('NUMBER_NOT_DIGITS', 'warning', at, `Số văn bản "${number}" chỉ gồm chữ số Ả Rập.`, advice('Ghi số thứ tự bằng chữ số.'))];
  }
  const value = Number(number);
  if (value === 0)
    return [rule('NUMBER_ZERO', 'error', at, 'Số văn bản bắt đầu từ 01, không có số 0.', advice('Ghi lại số do văn thư cấp.'))];
  if (value < 10 && number.length === 1) {
    return [
      rule(
        'NUMBER_LEADING_ZERO',
        'error',
        at,
        `Số nhỏ hơn 10 phải ghi thêm số 0 phía trước (0${number}).`,
        edit(`Sửa thành 0${number}.`, find, replaceWith(`0${number}`)),
      ),
    ];
  }
  const canonical = value < 10 ? `0${value}` : String(value);
  if (number !== canonical) {
    return [
      rule(
        'NUMBER_PADDING',
        'error',
        at,
        `Chỉ số nhỏ hơn 10 mới ghi số 0 phía trước: ghi "${canonical}".`,
        edit(`Sửa thành ${canonical}.`, find, replaceWith(canonical)),
      ),
    ];
  }
  return [];
}

function codeMatchingFold(group: string): string | null {
  const code = DOCUMENT_KINDS.find((k) => k.code !== null && fold(k.code) === fold(group))?.code;
  return code ?? null;
}

function checkSymbol(view: CheckView, symbol: string, at: ViewLine): Finding[] {
  const out: Finding[] = [];
  if (!symbol)
    return [
      rule('SYMBOL_MISSING', 'error', at, 'Thiếu ký hiệu văn bản sau dấu "/".', advice('Ghi ký hiệu, ví dụ "QĐ-UBND" hoặc "SYT-KHTC".')),
    ];
  const compact = symbol.replace(/\s+/g, '');
  if (compact !== symbol) {
    out.push(
      rule(
        'SYMBOL_SPACES',
        'error',
        at,
        'Giữa các nhóm chữ của ký hiệu không có dấu cách.',
        edit(`Sửa thành "${compact}".`, symbol, compact),
      ),
    );
  }
  if (!/^[\p{L}\p{N}&.\-/]+$/u.test(compact)) {
    out.push(
      rule('SYMBOL_CHARS', 'warning', at, 'Ký hiệu chỉ gồm chữ, số, "&", "." và dấu gạch nối "-".', advice('Bỏ ký tự lạ trong ký hiệu.')),
    );
  }
  const group = compact.split('-')[0] ?? '';
  const kind = view.kind ? kindByName(view.kind) : undefined;
  if (view.kind === 'Công văn') {
    if (kindByCode(group) || codeMatchingFold(group) || fold(group) === 'cv') {
      out.push(
        rule(
          'SYMBOL_CONG_VAN_CODE',
          'warning',
          at,
          'Công văn không có chữ viết tắt tên loại: ký hiệu là "<cơ quan>-<đơn vị soạn thảo>".',
          advice('Bỏ nhóm chữ viết tắt tên loại ở đầu ký hiệu.'),
        ),
      );
    }
    return out;
  }
  if (kind?.code) {
    if (group === kind.code) return out;
    const sameLetters = fold(group) === fold(kind.code);
    const other = kindByCode(group);
    const message = sameLetters
      ? `Chữ viết tắt tên loại ${view.kind} phải ghi đúng "${kind.code}" (đúng chữ hoa, chữ thường và chữ Đ).`
      : other
        ? `Ký hiệu "${group}" là của ${other.name}, không khớp tên loại ${view.kind} (${kind.code}).`
        : `Ký hiệu của ${view.kind} phải bắt đầu bằng "${kind.code}-".`;
    const fix =
      sameLetters || other ? edit(`Sửa thành "${kind.code}".`, group, kind.code) : advice(`Ghi ký hiệu dạng "${kind.code}-<cơ quan>".`);
    out.push(rule(sameLetters ? 'SYMBOL_CODE_CASE' : 'SYMBOL_CODE_KIND', 'error', at, message, fix));
    return out;
  }
  const suggested = codeMatchingFold(group);
  if (!kindByCode(group) && suggested && suggested !== group) {
    out.push(
      rule(
        'SYMBOL_CODE_CASE',
        'warning',
        at,
        `"${group}" có thể là chữ viết tắt tên loại "${suggested}" viết sai chữ.`,
        edit(`Sửa thành "${suggested}".`, group, suggested),
      ),
    );
  }
  return out;
}

export function checkNumberLine(view: CheckView): Finding[] {
  const at = view.numberLine;
  if (!at) {
    const anchor = view.dateLine ?? view.titleLine ?? view.vvLine;
    if (view.source === 'text' && anchor) {
      return [
        rule(
          'NUMBER_MISSING',
          'warning',
          anchor,
          'Không thấy dòng "Số: …/…" ở phần đầu văn bản.',
          advice('Thêm dòng số, ký hiệu dưới tên cơ quan ban hành.'),
        ),
      ];
    }
    return [];
  }
  const draft = view.draft;
  if (draft) {
    return [
      ...checkNumber(draft.header.number?.trim() ?? '', { text: draft.header.number ?? '', line: null, path: 'header.number' }, true),
      ...checkSymbol(view, draft.header.symbol, { text: draft.header.symbol, line: null, path: 'header.symbol' }),
    ];
  }
  const parsed = parseNumberLine(at.text);
  if (!parsed) return [];
  return [...checkLabel(parsed, at), ...checkNumber(parsed.number, at, false), ...checkSymbol(view, parsed.symbol, at)];
}
