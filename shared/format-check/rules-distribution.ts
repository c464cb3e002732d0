import { AS_ABOVE_KINDS } from '../drafting/model';
import { fold } from '../text/fold';
import { parseLabel } from './labels';
import { advice, type CheckView, type DocPart, edit, endingFix, type Finding, finding, type ViewLine } from './types';

/**
 * Nơi nhận (Phụ lục I box 9b): "Nơi nhận:" then one item per line starting "- ", each ending ";"
 * and the last, "- Lưu: VT, <unit>.", ending "."; a công văn, tờ trình or báo cáo with a Kính gửi
 * starts with "- Như trên;", a Quyết định names its execution article ("- Như Điều 3;").
 */

function rule(
  code: string,
  severity: Finding['severity'],
  at: ViewLine,
  message: string,
  fix: Finding['fix'],
  part: DocPart = 'distribution',
): Finding {
  return finding({ code, rule: 'noi-nhan', severity, part, at, message, fix });
}

const ARCHIVE = /^[-–—•+]?\s*Lưu\b/iu;

function articleNumbers(view: CheckView): Set<number> {
  const numbers = new Set<number>();
  for (const at of view.body) {
    const label = parseLabel(at.text);
    if (label?.type === 'article') numbers.add(label.value);
  }
  return numbers;
}

/** "Như trên" / "Như Điều N" checks on the items (printed or raw), the Lưu line excluded. */
function checkFirstItems(view: CheckView, items: readonly ViewLine[], anchor: ViewLine): Finding[] {
  const out: Finding[] = [];
  const folded = items.map((i) => fold(i.text.replace(/^[-–—•+]\s*/u, '')));
  if (view.kind && AS_ABOVE_KINDS.has(view.kind) && view.recipients.length > 0 && !folded.some((f) => f.startsWith('nhu tren'))) {
    out.push(
      rule(
        'DISTRIBUTION_AS_ABOVE',
        'warning',
        anchor,
        'Văn bản có "Kính gửi" thì Nơi nhận bắt đầu bằng "- Như trên;".',
        advice('Thêm "Như trên" làm mục đầu tiên của Nơi nhận.'),
      ),
    );
  }
  const articles = articleNumbers(view);
  if (view.kind === 'Quyết định' && articles.size > 0) {
    const cited = folded.flatMap((f, i) => {
      const n = /^nhu dieu (\d+)/.exec(f)?.[1];
      const at = items[i];
      return n && at ? [{ n, at }] : [];
    });
    if (cited.length === 0) {
      out.push(
        rule(
          'DISTRIBUTION_AS_ARTICLE',
          'info',
          anchor,
          'Nơi nhận của quyết định thường bắt đầu bằng "- Như Điều …;" (điều giao thi hành).',
          advice(`Thêm "Như Điều ${Math.max(...articles)}".`),
        ),
      );
    }
    for (const { n, at } of cited) {
      if (!articles.has(Number(n)))
        out.push(
          rule(
            'DISTRIBUTION_ARTICLE_UNKNOWN',
            'warning',
            at,
            `Nơi nhận ghi "Như Điều ${n}" nhưng quyết định không có Điều ${n}.`,
            advice('Ghi đúng số điều giao thi hành.'),
          ),
        );
    }
  }
  return out;
}

function checkTextItems(view: CheckView): Finding[] {
  const out: Finding[] = [];
  const items = view.distribution;
  const heading = view.distributionHeading;
  if (!heading) {
    const anchor = view.signerLines[0];
    if (anchor)
      out.push(
        rule(
          'DISTRIBUTION_MISSING',
          'warning',
          anchor,
          'Không thấy phần "Nơi nhận:".',
          advice('Thêm "Nơi nhận:" và danh sách nơi nhận, kết thúc bằng "- Lưu: VT, …".'),
        ),
      );
    return out;
  }
  if (heading.text.trim() !== 'Nơi nhận:')
    out.push(
      rule(
        'DISTRIBUTION_HEADING',
        'warning',
        heading,
        'Ghi đúng "Nơi nhận:" (N hoa, có dấu hai chấm).',
        edit('Sửa thành "Nơi nhận:".', heading.text.trim(), 'Nơi nhận:'),
      ),
    );
  const archiveIndex = items.findIndex((i) => ARCHIVE.test(i.text));
  items.forEach((at, index) => {
    const text = at.text.trim();
    if (!text.startsWith('- ')) {
      const fixed = `- ${text.replace(/^[-–—•+]\s*/u, '')}`;
      out.push(
        rule(
          'DISTRIBUTION_DASH',
          'warning',
          at,
          'Mỗi nơi nhận bắt đầu bằng gạch ngang và một dấu cách ("- ").',
          edit('Sửa đầu dòng thành "- ".', text, fixed),
        ),
      );
    }
    const expected = index === items.length - 1 ? '.' : ';';
    const ending = /[;,.:]$/u.exec(text)?.[0] ?? '';
    if (ending !== expected) {
      const message = expected === '.' ? 'Dòng cuối của Nơi nhận kết thúc bằng dấu chấm.' : 'Mỗi nơi nhận kết thúc bằng dấu chấm phẩy (;).';
      out.push(rule('DISTRIBUTION_ENDING', 'warning', at, message, endingFix(text, expected, `Kết thúc dòng bằng "${expected}".`)));
    }
  });
  const archive = items[archiveIndex];
  if (!archive) {
    out.push(
      rule(
        'ARCHIVE_MISSING',
        'error',
        items.at(-1) ?? heading,
        'Nơi nhận thiếu dòng lưu: "- Lưu: VT, <đơn vị soạn thảo>."',
        advice('Thêm dòng cuối "- Lưu: VT, <đơn vị>.".'),
      ),
    );
  } else {
    if (archiveIndex !== items.length - 1)
      out.push(
        rule(
          'ARCHIVE_NOT_LAST',
          'warning',
          archive,
          'Dòng "Lưu" là dòng cuối cùng của Nơi nhận.',
          advice('Chuyển dòng "- Lưu: …" xuống cuối.'),
        ),
      );
    const content = archive.text.replace(ARCHIVE, '').trim();
    if (!content.startsWith(':'))
      out.push(
        rule(
          'ARCHIVE_COLON',
          'warning',
          archive,
          'Sau chữ "Lưu" có dấu hai chấm: "- Lưu: VT, …".',
          edit('Thêm dấu hai chấm.', 'Lưu', 'Lưu:'),
        ),
      );
    if (!/^:?\s*VT\b/u.test(content))
      out.push(
        rule(
          'ARCHIVE_VT',
          'warning',
          archive,
          'Bản lưu ghi trước hết "VT" (Văn thư cơ quan): "- Lưu: VT, <đơn vị>.".',
          advice('Ghi "VT" ngay sau "Lưu:".'),
        ),
      );
  }
  out.push(
    ...checkFirstItems(
      view,
      items.filter((i) => i !== archive),
      items[0] ?? heading,
    ),
  );
  return out;
}

function checkRawList(values: readonly string[], prefix: string, part: DocPart): Finding[] {
  const out: Finding[] = [];
  values.forEach((value, index) => {
    const at: ViewLine = { text: value, line: null, path: `${prefix}.${index}` };
    const text = value.trim();
    if (!text)
      out.push(
        rule('LIST_ITEM_EMPTY', 'error', at, 'Có một dòng trống trong danh sách.', advice('Nhập nội dung hoặc xóa dòng này.'), part),
      );
    const dash = /^[-–—•+]\s*/u.exec(text)?.[0];
    if (dash)
      out.push(
        rule(
          'LIST_ITEM_DASH_TYPED',
          'warning',
          at,
          'Không gõ gạch đầu dòng: phần mềm tự in "- " trước mỗi dòng.',
          edit('Bỏ gạch đầu dòng.', dash, ''),
          part,
        ),
      );
    const ending = /[;,.]+$/u.exec(text)?.[0];
    if (ending)
      out.push(
        rule(
          'LIST_ITEM_ENDING_TYPED',
          'warning',
          at,
          'Không gõ dấu cuối dòng: phần mềm tự in ";" và "." ở cuối danh sách.',
          edit(`Bỏ "${ending}" ở cuối.`, ending, ''),
          part,
        ),
      );
  });
  return out;
}

function checkDraftItems(view: CheckView): Finding[] {
  const draft = view.draft;
  if (!draft) return [];
  const out = [
    ...checkRawList(draft.recipients?.items ?? [], 'recipients.items', 'recipients'),
    ...checkRawList(draft.distribution, 'distribution', 'distribution'),
  ];
  const at: ViewLine = { text: draft.archive, line: null, path: 'archive' };
  const archive = draft.archive.trim();
  const typedLabel = /^Lưu\s*:?\s*/iu.exec(archive)?.[0];
  if (typedLabel)
    out.push(
      rule('ARCHIVE_LABEL_TYPED', 'warning', at, 'Không gõ chữ "Lưu:": phần mềm tự in "- Lưu: …".', edit('Bỏ "Lưu:".', typedLabel, '')),
    );
  const rest = archive.replace(/^Lưu\s*:?\s*/iu, '');
  const ending = /[;,.]+$/u.exec(rest)?.[0];
  if (ending)
    out.push(
      rule('ARCHIVE_ENDING_TYPED', 'warning', at, 'Không gõ dấu chấm cuối dòng lưu: phần mềm tự in.', edit(`Bỏ "${ending}".`, ending, '')),
    );
  if (!/^VT\b/u.test(rest))
    out.push(
      rule(
        'ARCHIVE_VT',
        'warning',
        at,
        'Bản lưu ghi trước hết "VT" (Văn thư cơ quan): "Lưu: VT, <đơn vị>".',
        edit('Thêm "VT, " ở đầu.', rest, rest ? `VT, ${rest}` : 'VT'),
      ),
    );
  const unit = draft.header.draftingUnit?.trim();
  const units = rest.split(/[,\s]+/);
  if (unit && draft.kind !== 'Biên bản' && !units.includes(unit)) {
    out.push(
      rule(
        'ARCHIVE_UNIT',
        'warning',
        at,
        `Dòng lưu ghi cả đơn vị soạn thảo: "Lưu: VT, ${unit}".`,
        edit(`Thêm "${unit}".`, rest, `${rest.replace(/[;,.]+$/u, '')}, ${unit}`),
      ),
    );
  }
  const items = draft.distribution.map((text, i): ViewLine => ({ text, line: null, path: `distribution.${i}` }));
  out.push(...checkFirstItems(view, items, items[0] ?? { text: '', line: null, path: 'distribution' }));
  return out;
}

export function checkDistribution(view: CheckView): Finding[] {
  return view.source === 'draft' ? checkDraftItems(view) : checkTextItems(view);
}
