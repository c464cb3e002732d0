import { type Item, isBullet, type Outline, ownText } from './outline';
import { isPartyOnly } from './parties';
import { firstTokens } from './text-utils';

/**
 * Numbering checks over the outline: DUPLICATE_ITEM_NUMBER (two siblings with the same printed
 * label) and NUMBERING_SEQUENCE (decimal sub-items carrying another section's prefix). Sections
 * are visited in document order; a section's duplicate labels are reported before its prefix slip.
 */
export function numberingIssues(outline: Outline): string[] {
  const issues: string[] = [];
  visit(outline.root, null, issues);
  return issues;
}

function visit(items: readonly Item[], parent: Item | null, issues: string[]): void {
  const labelled = items.filter((i) => !isBullet(i) && i.style !== 'heading' && i.ref);
  for (let k = 1; k < labelled.length; k++) {
    const item = labelled[k] as Item;
    const firstIndex = labelled.findIndex((x) => x.style === item.style && x.ref === item.ref);
    if (firstIndex >= k) continue;
    const first = labelled[firstIndex] as Item;
    const inRow = firstIndex === k - 1;
    const previous = labelled[k - 1] as Item;
    const expected = nextLabel(previous.label ?? '');
    issues.push(
      `DUPLICATE_ITEM_NUMBER: item number '${item.label}' is used twice${inRow ? ' in a row' : ''} (${name(first)}, then ${name(item)})${expected ? `; the second should be ${expected}` : ''}${expected?.endsWith('.') ? '' : '.'}`,
    );
  }
  if (parent && /^dec\d$/.test(parent.style)) {
    const depth = Number(parent.style.slice(3));
    const subs = labelled.filter((i) => i.style === `dec${depth + 1}`);
    const prefix = `${parent.ref}.`;
    if (subs.length > 0 && subs.some((s) => !(s.ref ?? '').startsWith(prefix))) {
      const printed = subs.map((s) => s.label).join(', ');
      const range = subs.length === 1 ? `${prefix}1.` : `${prefix}1.-${prefix}${subs.length}.`;
      issues.push(
        `NUMBERING_SEQUENCE: the sub-items of section '${parent.label} ${sectionTitle(parent)}' are numbered ${printed} instead of ${range}`,
      );
    }
  }
  for (const item of items) if (item.children.length > 0) visit(item.children, item, issues);
}

function name(item: Item): string {
  const text = ownText(item).replace(/[\s:.]+$/, '');
  if (isPartyOnly(text, item.head.fold.slice(item.textFrom, item.textFrom + text.length))) return text;
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 80) return text.slice(0, colon);
  return firstTokens(text, 6);
}

function sectionTitle(item: Item): string {
  return ownText(item).replace(/[\s:.]+$/, '');
}

/** "1.3." → "1.4.", "b)" → "c)", "(2)" → "(3)". */
function nextLabel(label: string): string | null {
  const dec = /^(.*?)(\d+)(\.?)$/.exec(label);
  if (dec) return `${dec[1]}${Number(dec[2]) + 1}${dec[3]}`;
  const paren = /^\((\d+)\)$/.exec(label);
  if (paren) return `(${Number(paren[1]) + 1})`;
  const letter = /^([a-z])([).])$/.exec(label);
  if (letter) return `${String.fromCharCode((letter[1] ?? 'a').charCodeAt(0) + 1)}${letter[2]}`;
  return null;
}
