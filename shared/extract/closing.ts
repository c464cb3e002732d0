import { type Line, subLine } from './normalise';
import type { ExtractedSigner } from './types';
import { cleanItem, isBulletStart, isPersonName, isUpperLine, startsLower } from './text-utils';

/**
 * The end of the document: `Nơi nhận:` (distribution and `Lưu:`) and the signature block
 * (authority markers, title, name). A flattened copy may put the signature before, after or beside
 * the Nơi nhận lines ("- Như trên; KT. GIÁM ĐỐC"), so both are read from the same tail of lines.
 */
export interface ClosingField {
  distribution: string[];
  distributionLines: Line[];
  archive: string | null;
  archiveLine: Line | null;
  signer: ExtractedSigner;
  signerLines: Line[];
  /** Index of the first line of the closing area (the body ends before it). */
  tailStart: number;
}

const MARKER = /^(tm|kt|tl|tuq|t\/m|k\/t|t\/l)[.,]?\s+(?=\S)/;
const SKIP = /^(\(.*\)|da ky|ky boi|\[.*\])$/;

export function findClosing(lines: readonly Line[], bodyFrom: number): ClosingField {
  const n = lines.length;
  let noiNhan = -1;
  for (let i = n - 1; i >= bodyFrom; i--) {
    if (/^noi nhan\b/.test((lines[i] as Line).fold)) {
      noiNhan = i;
      break;
    }
  }
  const searchFrom = Math.max(bodyFrom, n - 60);
  let firstMarker = -1;
  for (let i = searchFrom; i < n; i++) {
    const line = lines[i] as Line;
    if (MARKER.test(line.fold) && isUpperLine(line.text) && line.text.length < 80) {
      firstMarker = i;
      break;
    }
  }
  let tailStart = [noiNhan, firstMarker].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), n);
  if (tailStart === n) tailStart = bareSignatureStart(lines, Math.max(bodyFrom, n - 12));
  const result: ClosingField = {
    distribution: [],
    distributionLines: [],
    archive: null,
    archiveLine: null,
    signer: { authority: null, onBehalfOf: null, title: null, name: null },
    signerLines: [],
    tailStart,
  };
  const signerLines: Line[] = [];
  let inList = false;
  let lastItemOpen = false;
  for (let i = tailStart; i < n; i++) {
    let line = lines[i] as Line;
    if (line.text === '' || line.cells) continue;
    if (i === noiNhan) {
      const m = /^noi nhan\s*:?\s*/.exec(line.fold);
      inList = true;
      const rest = subLine(line, m ? m[0].length : line.text.length);
      if (rest.text === '') continue;
      line = rest;
    }
    if (inList && /^[-–+•]?\s*luu\b/.test(line.fold)) {
      const m = /^[-–+•]?\s*luu\s*:?\s*/.exec(line.fold);
      const rest = subLine(line, m ? m[0].length : 0);
      const split = splitTail(rest);
      result.archive = rest.text === '' ? null : cleanArchive(split.item.text);
      result.archiveLine = split.item;
      if (split.tail) signerLines.push(split.tail);
      inList = false;
      continue;
    }
    if (inList && isBulletStart(line.text)) {
      const split = splitTail(line);
      const item = cleanItem(split.item.text);
      if (item) {
        result.distribution.push(item);
        result.distributionLines.push(split.item);
      }
      lastItemOpen = !/[;.]$/.test(split.item.text);
      if (split.tail) signerLines.push(split.tail);
      continue;
    }
    if (
      inList &&
      result.distribution.length > 0 &&
      !isUpperLine(line.text) &&
      !isPersonName(line.text) &&
      (startsLower(line.text) || lastItemOpen)
    ) {
      const k = result.distribution.length - 1;
      result.distribution[k] = cleanItem(`${result.distribution[k]} ${line.text}`);
      result.distributionLines.push(line);
      lastItemOpen = !/[;.]$/.test(line.text);
      continue;
    }
    signerLines.push(line);
  }
  result.signerLines = signerLines;
  result.signer = parseSigner(signerLines);
  return result;
}

/** A signature without markers or Nơi nhận: an upper-case title line followed by a name near the end. */
function bareSignatureStart(lines: readonly Line[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i] as Line;
    if (!isPersonName(line.text)) continue;
    for (let j = i - 1; j >= from; j--) {
      const above = lines[j] as Line;
      if (above.text === '' || SKIP.test(above.fold)) continue;
      return isUpperLine(above.text) && above.text.length < 80 ? j : lines.length;
    }
  }
  return lines.length;
}

/** "- Như trên; KT. GIÁM ĐỐC" → the item and the signature part flattened onto its line. */
function splitTail(line: Line): { item: Line; tail: Line | null } {
  if (line.text.length > 300) return { item: line, tail: null };
  const m = /[;.]\s+((?:(?:TM|KT|TL|TUQ)\.\s*)?[\p{Lu}][\p{Lu}\s.]{3,}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,5})$/u.exec(line.text);
  if (!m?.[1]) return { item: line, tail: null };
  const tailText = m[1];
  if (!isUpperLine(tailText) && !isPersonName(tailText)) return { item: line, tail: null };
  const at = line.text.length - tailText.length;
  return { item: subLine(line, 0, at), tail: subLine(line, at) };
}

function cleanArchive(text: string): string {
  return text
    .replace(/\s*\((?:đã ký|ký|đã kí|kí)\)\s*$/iu, '')
    .replace(/[\s.;]+$/, '')
    .trim();
}

const TITLE_WORD = /\b(?:giam doc|chu tich|truong|pho|bi thu|chanh|uy ban|van phong|tong|hieu|can bo|thu ky|ke toan|dai dien|nhan dan)\b/;

/** A name printed in capitals as the last line of the block ("NGUYỄN VĂN AN"), not a title. */
function isUpperName(line: Line): boolean {
  const words = line.text.split(' ');
  return words.length >= 2 && words.length <= 5 && /^[\p{Lu} ]+$/u.test(line.text) && !TITLE_WORD.test(line.fold);
}

export function parseSigner(lines: readonly Line[]): ExtractedSigner {
  const signer: ExtractedSigner = { authority: null, onBehalfOf: null, title: null, name: null };
  const useful = lines.filter((l) => !SKIP.test(l.fold.trim()));
  const authorities: string[] = [];
  const behalf: string[] = [];
  let titleIndex = -1;
  let k = 0;
  for (; k < useful.length; k++) {
    const line = useful[k] as Line;
    if (!MARKER.test(line.fold) || !isUpperLine(line.text)) {
      if (authorities.length > 0) break;
      continue;
    }
    const pieces = line.text.split(/(?=\b(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)[.,]?\s)/u);
    for (const piece of pieces) {
      const m = /^(TM|KT|TL|TUQ|T\/M|K\/T|T\/L)[.,]?\s*(.*)$/u.exec(piece.trim());
      if (!m) continue;
      authorities.push((m[1] ?? '').includes('/') ? (m[1] ?? '') : `${m[1]}.`);
      behalf.push((m[2] ?? '').trim());
    }
  }
  for (let b = 0; b < behalf.length; b++) {
    if (behalf[b] === '' && k < useful.length && isUpperLine((useful[k] as Line).text)) behalf[b] = (useful[k++] as Line).text;
  }
  let nameIndex = -1;
  for (let i = useful.length - 1; i >= 0; i--) {
    if (isPersonName((useful[i] as Line).text)) {
      nameIndex = i;
      break;
    }
  }
  const last = useful[useful.length - 1];
  if (nameIndex < 0 && useful.length >= 2 && last && isUpperName(last)) nameIndex = useful.length - 1;
  if (authorities.length > 0) {
    for (let i = k; i < useful.length; i++) {
      if (i === nameIndex) break;
      if (isUpperLine((useful[i] as Line).text)) {
        titleIndex = i;
        break;
      }
    }
  } else {
    for (let i = (nameIndex >= 0 ? nameIndex : useful.length) - 1; i >= 0; i--) {
      if (isUpperLine((useful[i] as Line).text) && !/^noi nhan/.test((useful[i] as Line).fold)) {
        titleIndex = i;
        break;
      }
    }
  }
  if (authorities.length > 0) {
    signer.authority = authorities.join(' ');
    const lastBehalf = behalf[behalf.length - 1] ?? '';
    if (titleIndex < 0) {
      const split = /^(.*?)\s+((?:PHÓ|Q\.)\s.*)$/u.exec(lastBehalf);
      if (split) {
        behalf[behalf.length - 1] = split[1] ?? '';
        signer.title = split[2] ?? null;
      }
    }
    signer.onBehalfOf = behalf.join(' / ');
  }
  if (titleIndex >= 0) signer.title = (useful[titleIndex] as Line).text;
  if (nameIndex >= 0 && nameIndex > titleIndex) signer.name = (useful[nameIndex] as Line).text;
  return signer;
}
