import { upperVi } from '../drafting/model';
import { fold } from '../text/fold';
import { advice, type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Signer block (Phụ lục I box 7, Nghị định 30 Điều 13): authority markers TM., KT., TL., TUQ., Q.
 * in a valid order, each followed by the line it acts for; a KT. is signed by a deputy (PHÓ …);
 * TM. stands for a collective body; the title in upper case; the name in normal case without
 * academic titles.
 */

interface Marked {
  marker: string;
  onBehalfOf: string;
  at: ViewLine;
}

const VALID_SEQUENCES = new Set(['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'TM. KT.', 'TM. Q.', 'TL. KT.']);
const MARKER = /^(TM|KT|TL|TUQ|Q)\.\s+(.+)$/u;
const MALFORMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(T\/M|T\.M\.?|TM|THAY MẶT)\s+/u, 'TM.'],
  [/^(K\/T|K\.T\.?|KT|KÝ THAY)\s+/u, 'KT.'],
  [/^(T\/L|T\.L\.?|TL|THỪA LỆNH)\s+/u, 'TL.'],
  [/^(TUQ|T\/UQ|THỪA ỦY QUYỀN|THỪA UỶ QUYỀN)\s+/u, 'TUQ.'],
  [/^(Q|QUYỀN)\s+/u, 'Q.'],
];
const PERSON_TITLES =
  /^(giam doc|chu tich|bo truong|hieu truong|truong ban|truong phong|chanh van phong|chanh thanh tra|thu truong|vien truong|cuc truong)\b/;
const ACADEMIC = /^(GS\.?\s*TS|PGS\.?\s*TS|GS|PGS|TS|ThS|Ths|BS\.?\s*CKII|BS\.?\s*CKI|BS|KS|CN|Tiến sĩ|Thạc sĩ|Bác sĩ|Giáo sư)\.?\s+/u;

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'chu-ky', severity, part: 'signer', at, message, fix });
}

function markersFromText(lines: readonly ViewLine[], out: Finding[]): { marked: Marked[]; title: ViewLine | null } {
  const marked: Marked[] = [];
  let title: ViewLine | null = null;
  for (const at of lines) {
    const text = at.text.trim();
    const valid = MARKER.exec(text);
    if (valid) {
      marked.push({ marker: `${valid[1]}.`, onBehalfOf: valid[2] ?? '', at });
      continue;
    }
    const bad = MALFORMED.find(([pattern]) => pattern.test(upperVi(text)));
    if (bad) {
      const [pattern, marker] = bad;
      const found = pattern.exec(upperVi(text))?.[0] ?? '';
      const rest = text.slice(found.length);
      out.push(
        rule(
          'SIGNER_MARKER_FORM',
          'error',
          at,
          `Ghi thẩm quyền ký bằng chữ viết tắt "${marker}" (chữ in hoa và dấu chấm).`,
          edit(`Sửa thành "${marker} ${upperVi(rest)}".`, text, `${marker} ${upperVi(rest)}`),
        ),
      );
      marked.push({ marker, onBehalfOf: rest, at });
      continue;
    }
    title = at;
  }
  return { marked, title };
}

function checkSequence(marked: readonly Marked[], title: ViewLine | null, anchor: ViewLine): Finding[] {
  const out: Finding[] = [];
  const sequence = marked.map((m) => m.marker).join(' ');
  if (!VALID_SEQUENCES.has(sequence)) {
    out.push(
      rule(
        'SIGNER_MARKER_ORDER',
        'warning',
        anchor,
        `Thứ tự thẩm quyền ký "${sequence}" không đúng quy định (TM., KT., TL., TUQ., Q.; hoặc TM. rồi KT., TL. rồi KT.).`,
        advice('Kiểm tra lại thẩm quyền ký theo Điều 13 Nghị định 30/2020.'),
      ),
    );
  }
  for (const m of marked) {
    if (!m.onBehalfOf.trim())
      out.push(rule('SIGNER_ON_BEHALF_MISSING', 'error', m.at, `Sau "${m.marker}" phải ghi chức vụ hoặc tên tập thể được thay mặt.`, null));
    if (m.marker === 'TM.' && PERSON_TITLES.test(fold(m.onBehalfOf))) {
      out.push(
        rule(
          'SIGNER_TM_COLLECTIVE',
          'warning',
          m.at,
          `"TM." dùng khi thay mặt tập thể (ví dụ "TM. ỦY BAN NHÂN DÂN"), không dùng trước chức vụ "${upperVi(m.onBehalfOf.trim())}".`,
          advice('Cấp phó ký thay thì ghi "KT."; người đứng đầu ký thì bỏ "TM.".'),
        ),
      );
    }
  }
  const last = marked.at(-1);
  if (last?.marker === 'KT.' && title?.text.trim() && !fold(title.text).startsWith('pho ')) {
    out.push(
      rule(
        'SIGNER_KT_TITLE',
        'warning',
        title,
        `Ký thay (KT.) là cấp phó ký: chức vụ dưới dòng "KT. ${upperVi(last.onBehalfOf.trim())}" thường là "PHÓ …".`,
        advice('Kiểm tra lại chức vụ người ký.'),
      ),
    );
  }
  if (!title?.text.trim() && last?.marker !== 'Q.') {
    out.push(
      rule(
        'SIGNER_TITLE_MISSING',
        'error',
        title ?? anchor,
        'Thiếu chức vụ của người ký.',
        advice('Ghi chức vụ người ký bằng chữ in hoa, ví dụ "GIÁM ĐỐC".'),
      ),
    );
  }
  return out;
}

function checkName(name: ViewLine | null, anchor: ViewLine, isDraft: boolean): Finding[] {
  const text = name?.text.trim() ?? '';
  if (!name || !text) {
    return [
      rule(
        'SIGNER_NAME_MISSING',
        isDraft ? 'error' : 'warning',
        name ?? anchor,
        'Thiếu họ tên người ký.',
        advice('Ghi họ và tên người ký dưới chữ ký.'),
      ),
    ];
  }
  const out: Finding[] = [];
  const academic = ACADEMIC.exec(text);
  if (academic) {
    out.push(
      rule(
        'SIGNER_NAME_ACADEMIC',
        'info',
        name,
        'Trước họ tên người ký không ghi học hàm, học vị (trừ ngành có quy định riêng như y tế, giáo dục).',
        edit(`Bỏ "${academic[0].trim()}".`, academic[0], ''),
      ),
    );
  }
  if (text === upperVi(text) && /\p{L}{2}/u.test(text)) {
    const fixed = text.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, space: string, c: string) => `${space}${upperVi(c)}`);
    out.push(
      rule(
        'SIGNER_NAME_CASE',
        'warning',
        name,
        'Họ tên người ký viết chữ thường, hoa chữ cái đầu mỗi tiếng.',
        edit(`Sửa thành "${fixed}".`, text, fixed),
      ),
    );
  }
  return out;
}

function checkDraftSigner(view: CheckView): Finding[] {
  const draft = view.draft;
  if (!draft) return [];
  const marked = draft.signer.authority.map((a, i) => ({
    marker: a.marker,
    onBehalfOf: a.onBehalfOf,
    at: { text: `${a.marker} ${a.onBehalfOf}`, line: null, path: `signer.authority.${i}` },
  }));
  const title: ViewLine = { text: draft.signer.title, line: null, path: 'signer.title' };
  const out = [
    ...checkSequence(marked, title, title),
    ...checkName({ text: draft.signer.name, line: null, path: 'signer.name' }, title, true),
  ];
  const second = draft.secondarySigner;
  if (second) {
    if (!second.title.trim())
      out.push(
        rule(
          'SIGNER_TITLE_MISSING',
          'error',
          { text: '', line: null, path: 'secondarySigner.title' },
          'Thiếu chức danh người ký bên trái (ví dụ "THƯ KÝ").',
          null,
        ),
      );
    out.push(...checkName({ text: second.name, line: null, path: 'secondarySigner.name' }, title, true));
  }
  return out;
}

export function checkSigner(view: CheckView): Finding[] {
  if (view.source === 'draft') return checkDraftSigner(view);
  const anchor = view.signerLines[0];
  if (!anchor) return [];
  const out: Finding[] = [];
  const { marked, title } = markersFromText(view.signerLines, out);
  out.push(...checkSequence(marked, title, anchor), ...checkName(view.signerName, anchor, false));
  return out;
}
