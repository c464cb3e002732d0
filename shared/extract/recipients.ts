import type { Line } from './normalise';
import { cleanItem, isBulletStart, isUpperLine, startsLower } from './text-utils';

/**
 * The addressees: `Kính gửi:` (inline or as a list), the `… điện:` list of a Công điện, or the
 * `trân trọng kính mời:` list of a Giấy mời; one entry per printed item.
 */
export interface RecipientsField {
  items: string[];
  parts: Array<readonly [Line, number, number]>;
  endIndex: number;
}

const STOP =
  /^(?:toi du|den du|du |tham du|thoi gian|dia diem|noi dung|thanh phan|can cu|thuc hien|chu tri|ngay \d|de |theo |trong |ve viec|[ivx]+\.\s|\d+[.)]\s)/;

export function findRecipients(lines: readonly Line[], from: number, to: number): RecipientsField | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i] as Line;
    let m = /^kinh gui\s*[:.]?\s*/.exec(line.fold);
    if (!m) m = /(?:tran trong )?kinh moi\s*:\s*/.exec(line.fold);
    if (!m) {
      const d = /\bdien\s*:\s*/.exec(line.fold);
      if (d && isUpperLine(line.text.slice(0, d.index))) m = d;
    }
    if (!m) continue;
    return collect(lines, i, m.index + m[0].length, to);
  }
  return null;
}

function collect(lines: readonly Line[], index: number, offset: number, to: number): RecipientsField {
  const items: string[] = [];
  const parts: Array<readonly [Line, number, number]> = [];
  const head = lines[index] as Line;
  const inline = head.text.slice(offset).trim();
  let endIndex = index;
  if (inline !== '') {
    const at = head.text.indexOf(inline, offset);
    for (const piece of splitInline(inline)) {
      const item = cleanItem(piece);
      if (item) items.push(item);
    }
    parts.push([head, at, at + inline.length]);
  }
  let sawBullet = false;
  const raw: string[] = [...items];
  for (let j = index + 1; j < Math.min(to, lines.length); j++) {
    const line = lines[j] as Line;
    if (line.text === '') continue;
    const numbered =
      /^\d{1,2}[.)]\s+\S/.test(line.text) &&
      (items.length === 0 || /^\d/.test(lastText(parts))) &&
      !STOP.test(line.fold.replace(/^\d{1,2}[.)]\s+/, ''));
    if (isBulletStart(line.text) || numbered) {
      sawBullet = true;
    } else if (items.length > 0 && (startsLower(line.text) || /,$/.test(lastText(parts))) && !/[;.]$/.test(lastText(parts))) {
      raw[raw.length - 1] = `${raw[raw.length - 1]} ${line.text}`;
      items[items.length - 1] = cleanItem(raw[raw.length - 1] ?? '');
      parts.push([line, 0, line.text.length]);
      endIndex = j;
      continue;
    } else if (
      sawBullet ||
      inline !== '' ||
      STOP.test(line.fold) ||
      line.text.length > 160 ||
      (items.length >= 1 && /\.$/.test(lastText(parts)))
    ) {
      break;
    }
    const item = cleanItem(line.text.replace(/^\d{1,2}[.)]\s+/, ''));
    if (item) {
      items.push(item);
      raw.push(line.text.replace(/^\d{1,2}[.)]\s+/, ''));
    }
    parts.push([line, 0, line.text.length]);
    endIndex = j;
  }
  return { items, parts, endIndex };
}

function lastText(parts: Array<readonly [Line, number, number]>): string {
  const last = parts[parts.length - 1];
  return last ? last[0].text.slice(last[1], last[2]) : '';
}

function splitInline(inline: string): string[] {
  if (/^[-–+•]/.test(inline) && /;\s*[-–+•]/.test(inline)) return inline.split(/;\s*(?=[-–+•])/);
  return inline.split(/;\s+/);
}
