import { type Item, isBullet, ownFold, ownText } from './outline';
import type { Para } from './paragraphs';
import { isPartyOnly, partyAt } from './parties';
import { isGiao } from './text-utils';

/**
 * The text of one task: the item's own text after its label, its continuation paragraphs and the
 * `-` bullets folded into it (markers dropped), joined with single spaces and mapped back to the
 * normalised text. A heading that only names the lead (a line of its own, or "X:" at the start) is
 * split off: it gives the lead and is left out of the summary.
 */
export interface TaskText extends Para {
  leadHeading: string | null;
}

interface Piece {
  para: Para;
  from: number;
}

export function taskText(item: Item): TaskText {
  const pieces: Piece[] = [];
  let leadHeading: string | null = null;
  const own = ownText(item);
  const fold = ownFold(item);
  const hasMore = item.paras.length > 0 || item.children.some(isBullet);
  const regarding = /^doi voi\s+/.exec(fold)?.[0].length ?? 0;
  const headOnly = own.slice(regarding).replace(/[\s:.]+$/, '');
  const assigns = /^(?:giao|de nghi|yeu cau)\b/.test(fold) && isGiao(own, fold, 0);
  if (hasMore && !assigns && isPartyOnly(own.slice(regarding), fold.slice(regarding))) {
    leadHeading = headOnly;
  } else {
    const colon = own.indexOf(':');
    let from = item.textFrom;
    if (colon > 0 && colon < 120 && !assigns) {
      const before = own.slice(regarding, colon);
      if (isPartyOnly(before, fold.slice(regarding, colon))) {
        leadHeading = before.trim();
        from = item.textFrom + colon + 1;
      }
    }
    pieces.push({ para: item.head, from });
  }
  for (const para of item.paras) pieces.push({ para, from: 0 });
  collectBullets(item, pieces);
  return { ...join(pieces), leadHeading };
}

function collectBullets(item: Item, pieces: Piece[]): void {
  for (const child of item.children) {
    pieces.push({ para: child.head, from: child.textFrom });
    for (const para of child.paras) pieces.push({ para, from: 0 });
    collectBullets(child, pieces);
  }
}

export function join(pieces: readonly Piece[]): Para {
  let text = '';
  let fold = '';
  const segs: Array<readonly [number, number]> = [];
  for (const { para, from } of pieces) {
    let start = from;
    while (start < para.text.length && para.text.charCodeAt(start) === 32) start++;
    if (start >= para.text.length) continue;
    if (text !== '') {
      text += ' ';
      fold += ' ';
    }
    for (let k = 0; k < para.segs.length; k++) {
      const [offset, docStart] = para.segs[k] as readonly [number, number];
      const segEnd = para.segs[k + 1]?.[0] ?? para.text.length;
      if (segEnd <= start) continue;
      const a = Math.max(offset, start);
      segs.push([text.length + (a - start), docStart + (a - offset)]);
    }
    text += para.text.slice(start);
    fold += para.fold.slice(start);
  }
  return { text, fold, lineIndex: pieces[0]?.para.lineIndex ?? 0, segs };
}

/** A bare paragraph or bullet as a task text (no label, or a "-" bullet of an unlabelled part). */
export function plainTaskText(para: Para, from: number): TaskText {
  return { ...join([{ para, from }]), leadHeading: null };
}

/** The party a lead-in sentence addresses: "… đề nghị các đơn vị thực hiện …" → "các đơn vị". */
export function leadInParty(para: Para | null): string | null {
  if (!para) return null;
  const re = /\b(?:de nghi|yeu cau|giao|chi dao|chi thi)\s+/g;
  for (const m of para.fold.matchAll(re)) {
    if (!isGiao(para.text, para.fold, m.index)) continue;
    const span = partyAt(para.text, para.fold, m.index + m[0].length);
    if (span) return para.text.slice(span.from, span.to);
  }
  return null;
}
