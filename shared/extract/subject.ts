import { kindByTitle } from './kinds';
import type { Line } from './normalise';
import { endsOpen, isUpperLine, startsLower } from './text-utils';

/**
 * The trích yếu: the `V/v` line(s) of a Công văn, or the line(s) under the kind title. Lines of the
 * other header column met on the way (Quốc hiệu, Tiêu ngữ, the date or Số line, interleaved by a
 * flattened two-column copy) are skipped; a blank line, a body opening or an upper-case line ends it.
 */
export interface SubjectField {
  text: string;
  /** [line, from, to] of each part, for the span. */
  parts: Array<readonly [Line, number, number]>;
  /** Index of the last line used. */
  endIndex: number;
}

const SUBJECT_PREFIX = /^(?:v\s*\/\s*v|v\.v|ve viec|ve)\s*[:.]?\s+/;
const BODY_OPENER =
  /^(?:kinh gui|can cu|thuc hien|ngay \d|tu ngay|hien nay|de (?!nghi)|nham |theo |xet |sau khi|trong |hom nay|thoi gian|thua lenh|tran trong|noi nhan|quyet dinh:|dieu \d|[ivx]+\.\s|\d+[.)]\s|-\s)/;

export function isHeaderNoise(fold: string): boolean {
  return (
    /cong hoa xa hoi chu nghia viet nam/.test(fold) ||
    /doc lap\s*[-–]?\s*tu do\s*[-–]?\s*hanh phuc/.test(fold) ||
    /ngay\s*\d{0,2}\s*thang\s*\d{0,2}\s*nam\s*\d{4}/.test(fold) ||
    /^so\s*:/.test(fold)
  );
}

export function findSubject(lines: readonly Line[], isCongVan: boolean, headerLimit: number): SubjectField | null {
  const limit = Math.min(lines.length, headerLimit);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line;
    const m = /^(?:v\s*\/\s*v|v\.v|ve viec)\s*[:.]?\s*/.exec(line.fold);
    if (m && line.text.length > m[0].length) return collect(lines, i, m[0].length, false);
  }
  if (isCongVan) return null;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line;
    if (line.text.length < 40 && kindByTitle(line.fold) && !/:$/.test(line.text)) {
      let j = i + 1;
      while (j < lines.length && (lines[j] as Line).text === '') j++;
      if (j >= lines.length) return null;
      const first = lines[j] as Line;
      const isSubjectLike = /^thuc hien\b/.test(first.fold) && !/[;:,]$/.test(first.text) && first.text.length < 300;
      if (BODY_OPENER.test(first.fold) && !/^ve /.test(first.fold) && !isSubjectLike) return null;
      const prefix = SUBJECT_PREFIX.exec(first.fold);
      return collect(lines, j, prefix ? prefix[0].length : 0, true);
    }
  }
  return null;
}

function collect(lines: readonly Line[], index: number, skip: number, underTitle: boolean): SubjectField {
  const first = lines[index] as Line;
  const parts: Array<readonly [Line, number, number]> = [[first, skip, first.text.length]];
  let endIndex = index;
  let ended = /\.$/.test(first.text);
  for (let j = index + 1; j < lines.length && !ended && parts.length < 8; j++) {
    const line = lines[j] as Line;
    if (line.text === '') break;
    if (isHeaderNoise(line.fold)) continue;
    if (BODY_OPENER.test(line.fold) || isUpperLine(line.text)) break;
    const previous = parts[parts.length - 1]?.[0];
    if (!startsLower(line.text) && !(previous && endsOpen(previous.text))) {
      if (!/^[\p{Lu}\d]/u.test(line.text) || line.text.length > (underTitle ? 60 : 120)) break;
    }
    if (/[;:]$/.test(line.text)) break;
    parts.push([line, 0, line.text.length]);
    endIndex = j;
    ended = /\.$/.test(line.text);
  }
  const text = parts
    .map(([line, a, b]) => line.text.slice(a, b))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
  const stripped = underTitle ? text.replace(/^(?:V\s*\/\s*v|V\.v|Về việc|Về)\s*[:.]?\s+/i, '') : text;
  return { text: stripped, parts, endIndex };
}
