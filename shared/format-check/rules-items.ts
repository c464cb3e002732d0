import { formatLabel, type LabelType, type ParsedLabel, parseLabel, RANK } from './labels';
import { advice, type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Numbering of the body (Phụ lục I box 6): điểm letters a) b) c) d) đ) e) g) … (no f, j, w, z),
 * khoản and mục in sequence without repeats, sub-items carrying their own section's number
 * (seed 003 numbers the items of section 2 as 1.1.–1.3. and repeats 1.3.).
 */

interface Series {
  type: LabelType;
  last: number;
  seen: Set<string>;
  isPrefixReported: boolean;
}

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'danh-so', severity, part: 'body', at, message, fix });
}

/** Which open series the prefix of a dotted label must match ("2.1." lies under "2."). */
function expectedPrefix(label: ParsedLabel, open: Map<number, Series>): number[] | null {
  const arabic = open.get(RANK.arabic);
  if (!arabic) return null;
  if (label.type === 'dotted2') return [arabic.last];
  const dotted = open.get(RANK.dotted2);
  return dotted ? [arabic.last, dotted.last] : null;
}

function checkForm(label: ParsedLabel, at: ViewLine): Finding[] {
  if (label.badForm && !Number.isNaN(label.value)) {
    const severity = label.type === 'article' ? 'error' : 'warning';
    const message =
      label.type === 'article'
        ? 'Sau số điều là dấu chấm: "Điều 1.".'
        : `Điểm ghi bằng chữ cái và dấu ngoặc đơn: "${label.badForm.expected}".`;
    return [
      rule('ITEM_LABEL_FORM', severity, at, message, edit(`Sửa thành "${label.badForm.expected}".`, label.printed, label.badForm.expected)),
    ];
  }
  return [];
}

function checkInSeries(label: ParsedLabel, series: Series, at: ViewLine): Finding[] {
  const expected = formatLabel(label.type, series.last + 1, label.prefix);
  const key = label.type === 'letter' ? (label.letter ?? '') : formatLabel(label.type, label.value, label.prefix);
  if (series.seen.has(key)) {
    return [
      rule(
        'DUPLICATE_ITEM_NUMBER',
        'error',
        at,
        `Số mục "${label.printed}" bị lặp lại; mục này nên là "${expected}".`,
        edit(`Đánh lại thành "${expected}".`, label.printed, expected),
      ),
    ];
  }
  if (Number.isNaN(label.value)) {
    const fixed = formatLabel(label.type, series.last + 1, label.prefix);
    return [
      rule(
        'ITEM_LETTER_INVALID',
        'error',
        at,
        `Điểm "${label.printed}" không dùng được: bảng chữ cái tiếng Việt không có f, j, w, z; điểm này là "${fixed}".`,
        edit(`Sửa thành "${fixed}".`, label.printed, fixed),
      ),
    ];
  }
  if (label.value !== series.last + 1) {
    return [
      rule(
        'ITEM_SEQUENCE',
        'warning',
        at,
        `Sau "${formatLabel(label.type, series.last, label.prefix)}" là "${expected}", không phải "${label.printed}".`,
        edit(`Sửa thành "${expected}".`, label.printed, expected),
      ),
    ];
  }
  return [];
}

function checkFirst(label: ParsedLabel, at: ViewLine): Finding[] {
  const expected = formatLabel(label.type, 1, label.prefix);
  if (Number.isNaN(label.value)) {
    return [
      rule(
        'ITEM_LETTER_INVALID',
        'error',
        at,
        `Điểm "${label.printed}" không dùng được: bảng chữ cái tiếng Việt không có f, j, w, z (a, b, c, d, đ, e, g, h, …).`,
        edit(`Sửa thành "${expected}".`, label.printed, expected),
      ),
    ];
  }
  if (label.value === 1) return [];
  return [
    rule(
      'ITEM_SEQUENCE',
      'warning',
      at,
      `Mục đầu tiên của loạt này nên là "${expected}", không phải "${label.printed}".`,
      advice(`Đánh số từ "${expected}".`),
    ),
  ];
}

function checkPrefix(label: ParsedLabel, series: Series, open: Map<number, Series>, at: ViewLine): Finding[] {
  const prefix = expectedPrefix(label, open);
  if (!prefix || series.isPrefixReported || prefix.join('.') === label.prefix.join('.')) return [];
  series.isPrefixReported = true;
  const parent = `${prefix.join('.')}.`;
  const first = formatLabel(label.type, 1, prefix);
  const second = formatLabel(label.type, 2, prefix);
  return [
    rule(
      'NUMBERING_SEQUENCE',
      'error',
      at,
      `Các mục con của mục "${parent}" lại mang số "${label.printed}" của mục khác; nên đánh "${first}", "${second}", …`,
      advice(`Đánh lại các mục con thành "${first}", "${second}", …`),
    ),
  ];
}

export function checkItemLabels(view: CheckView): Finding[] {
  const out: Finding[] = [];
  const open = new Map<number, Series>();
  for (const at of view.body) {
    const label = parseLabel(at.text);
    if (!label) continue;
    out.push(...checkForm(label, at));
    const rank = RANK[label.type];
    for (const r of [...open.keys()]) if (r > rank) open.delete(r);
    let series = open.get(rank);
    if (!series || series.type !== label.type) {
      out.push(...checkFirst(label, at));
      series = { type: label.type, last: 0, seen: new Set(), isPrefixReported: false };
      open.set(rank, series);
    } else {
      out.push(...checkInSeries(label, series, at));
    }
    if (label.type === 'dotted2' || label.type === 'dotted3') out.push(...checkPrefix(label, series, open, at));
    const key = label.type === 'letter' ? (label.letter ?? '') : formatLabel(label.type, label.value, label.prefix);
    series.seen.add(key);
    series.last = Number.isNaN(label.value) ? series.last + 1 : label.value;
  }
  return out;
}
