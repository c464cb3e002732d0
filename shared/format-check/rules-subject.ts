import { advice, type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Trích yếu (Phụ lục I box 5): a công văn carries "V/v …" under its Số line; every other kind
 * prints the trích yếu under its tên loại, without "V/v". The Giấy giới thiệu and Giấy mời may
 * have none.
 */

const SUBJECT_OPTIONAL = new Set(['Giấy giới thiệu', 'Giấy mời']);

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'trich-yeu', severity, part: 'subject', at, message, fix });
}

function checkDraftSubject(view: CheckView): Finding[] {
  const draft = view.draft;
  if (!draft) return [];
  const at: ViewLine = { text: draft.subject, line: null, path: 'subject' };
  const subject = draft.subject.trim();
  const isCongVan = draft.kind === 'Công văn';
  if (!subject) {
    if (SUBJECT_OPTIONAL.has(draft.kind)) return [];
    return [
      rule(
        'SUBJECT_MISSING',
        'error',
        at,
        'Chưa có trích yếu nội dung văn bản.',
        advice('Nhập trích yếu ngắn gọn nội dung chính của văn bản.'),
      ),
    ];
  }
  const prefix = /^(V\/v|V\/V|v\/v)\s*/u.exec(subject);
  if (isCongVan && prefix) {
    return [
      rule(
        'SUBJECT_VV_TWICE',
        'warning',
        at,
        'Không gõ "V/v" vào trích yếu: phần mềm tự in "V/v" trước trích yếu của công văn.',
        edit('Bỏ "V/v" ở đầu.', prefix[0], ''),
      ),
    ];
  }
  if (!isCongVan && prefix) {
    return [
      rule(
        'SUBJECT_VV_NOT_CONG_VAN',
        'warning',
        at,
        `Chỉ công văn mới ghi "V/v"; trích yếu của ${draft.kind} ghi dưới tên loại.`,
        edit('Thay "V/v" bằng "Về việc".', prefix[0], 'Về việc '),
      ),
    ];
  }
  return [];
}

function checkTextSubject(view: CheckView): Finding[] {
  const out: Finding[] = [];
  const vv = view.vvLine;
  if (vv) {
    const prefix = /^V\s*\/\s*V/iu.exec(vv.text)?.[0] ?? '';
    if (view.kind && view.kind !== 'Công văn') {
      out.push(
        rule(
          'SUBJECT_VV_NOT_CONG_VAN',
          'warning',
          vv,
          `Chỉ công văn mới ghi "V/v"; trích yếu của ${view.kind} ghi dưới tên loại.`,
          advice('Chuyển trích yếu xuống dưới tên loại, bỏ "V/v".'),
        ),
      );
    } else if (prefix && prefix !== 'V/v') {
      out.push(
        rule('SUBJECT_VV_FORM', 'warning', vv, 'Viết tắt "về việc" là "V/v" (V hoa, v thường).', edit('Sửa thành "V/v".', prefix, 'V/v')),
      );
    }
  }
  if (view.titleLine && !view.subject && view.kind && !SUBJECT_OPTIONAL.has(view.kind)) {
    out.push(
      rule(
        'SUBJECT_MISSING',
        'warning',
        view.titleLine,
        `Dưới tên loại ${view.kind} thiếu trích yếu nội dung.`,
        advice('Ghi trích yếu ngay dưới tên loại.'),
      ),
    );
  }
  if (!view.titleLine && !vv && view.numberLine && (view.kind === 'Công văn' || view.kind === null) && view.dateLine) {
    out.push(
      rule(
        'SUBJECT_VV_MISSING',
        'warning',
        view.numberLine,
        'Công văn thiếu trích yếu "V/v …" dưới số, ký hiệu.',
        advice('Thêm dòng "V/v <nội dung chính>".'),
      ),
    );
  }
  return out;
}

export function checkSubject(view: CheckView): Finding[] {
  return view.source === 'draft' ? checkDraftSubject(view) : checkTextSubject(view);
}
