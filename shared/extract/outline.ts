import type { Para } from './paragraphs';
import { isUpperLine } from './text-utils';

/**
 * The labelled structure of the body: `I.`, `1.`, `1.1.`, `a)`, `(1)`, `Điều N.`, `-` and `+`
 * bullets, nested by the order in which label styles appear (a style already open closes everything
 * opened after it, as in an outline). Unlabelled paragraphs continue the innermost open item; at
 * the top level they are lead-in or closing text. An upper-case paragraph without a label is a
 * section heading.
 */
export type LabelStyle =
  | 'roman'
  | 'upper'
  | 'dieu'
  | 'dec1'
  | 'dec2'
  | 'dec3'
  | 'dec4'
  | 'numparen'
  | 'parennum'
  | 'alpha'
  | 'parenalpha'
  | 'dash'
  | 'plus'
  | 'heading';

export interface Item {
  style: LabelStyle;
  /** As printed ("1.3.", "a)", "(1)", "Điều 2.", "-"). */
  label: string | null;
  /** The corpus ref ("1.3", "a", "(1)", "Điều 2", "-"). */
  ref: string | null;
  head: Para;
  /** Offset in head.text where the item's own text starts (after the label). */
  textFrom: number;
  paras: Para[];
  children: Item[];
  parent: Item | null;
  /** The unlabelled paragraph that introduced this item's run of siblings ("… như sau:"). */
  leadIn: Para | null;
}

export interface Outline {
  root: Item[];
  /** Unlabelled top-level paragraphs, in order. */
  loose: Para[];
}

interface Label {
  style: LabelStyle;
  label: string;
  ref: string;
  length: number;
}

export function parseLabel(para: Para): Label | null {
  const t = para.text;
  const f = para.fold;
  let m = /^(dieu\s+(\d+))\s*[.:]?\s*/.exec(f);
  if (m) return { style: 'dieu', label: t.slice(0, m[0].length).trim(), ref: t.slice(0, (m[1] ?? '').length), length: m[0].length };
  m = /^([IVX]{1,5})\s*[.)]\s+/.exec(t);
  if (m) return { style: 'roman', label: t.slice(0, m[0].length).trim(), ref: m[1] ?? '', length: m[0].length };
  m = /^(\d{1,3}(?:\.\d{1,3}){0,3})(\.?)\s*\)\s*/.exec(t);
  if (m && !m[2]) return { style: 'numparen', label: t.slice(0, m[0].length).trim(), ref: m[1] ?? '', length: m[0].length };
  m = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+(?=\S)/.exec(t);
  // "4.215.380.000 đồng" at the start of a wrapped line is an amount, not a label.
  if (m && (m[0].trimEnd().endsWith('.') || (m[1] ?? '').includes('.')) && !/\.\d{3}(?:\.|$)/.test(m[1] ?? '')) {
    const ref = m[1] ?? '';
    const depth = Math.min(4, ref.split('.').length);
    return { style: `dec${depth}` as LabelStyle, label: t.slice(0, m[0].length).trim(), ref, length: m[0].length };
  }
  m = /^\((\d{1,3})\)\s*/.exec(t);
  if (m) return { style: 'parennum', label: `(${m[1]})`, ref: `(${m[1]})`, length: m[0].length };
  m = /^\(([a-zđ])\)\s*/.exec(t);
  if (m) return { style: 'parenalpha', label: `(${m[1]})`, ref: `(${m[1]})`, length: m[0].length };
  m = /^([a-zđ])\s*[).]\s+/.exec(t);
  if (m) return { style: 'alpha', label: t.slice(0, m[0].length).trim(), ref: m[1] ?? '', length: m[0].length };
  m = /^([A-DF-HK-UWYZĐ])\s*[.)]\s+(?=\p{Lu})/u.exec(t);
  if (m) return { style: 'upper', label: t.slice(0, m[0].length).trim(), ref: m[1] ?? '', length: m[0].length };
  m = /^([-–•·])\s*/.exec(t);
  if (m) return { style: 'dash', label: '-', ref: '-', length: m[0].length };
  m = /^\+\s*/.exec(t);
  if (m) return { style: 'plus', label: '+', ref: '+', length: m[0].length };
  return null;
}

const CLOSING = /^(?:tren day|trong qua trinh (?:thuc hien|trien khai)|noi nhan|quyet dinh nay co hieu luc)/;

export function isClosingPara(para: Para): boolean {
  return /\.\s*\/\s*\.?\s*$/.test(para.text) || CLOSING.test(para.fold);
}

export function buildOutline(paras: readonly Para[]): Outline {
  const root: Item[] = [];
  const loose: Para[] = [];
  const stack: Item[] = [];
  let pendingLeadIn: Para | null = null;
  for (const para of paras) {
    const label = parseLabel(para);
    if (!label) {
      if (isUpperLine(para.text) && para.text.length < 160) {
        const heading = makeItem({ style: 'heading', label: '', ref: '', length: 0 }, para, null, null);
        heading.label = null;
        heading.ref = null;
        stack.length = 0;
        root.push(heading);
        stack.push(heading);
        pendingLeadIn = null;
        continue;
      }
      const top = stack[stack.length - 1];
      if (isClosingPara(para) && top && top.style !== 'heading' && /[;,]$/.test(lastText(top))) {
        // The closing words end the item's own sentence ("…; Chủ tịch UBND các xã … thi hành./.").
        top.paras.push(para);
        stack.length = 0;
        pendingLeadIn = para;
        continue;
      }
      if (isClosingPara(para) || !top || top.style === 'heading') {
        if (isClosingPara(para)) stack.length = 0;
        if (top?.style === 'heading' && !isClosingPara(para)) top.paras.push(para);
        else loose.push(para);
        pendingLeadIn = para;
        continue;
      }
      top.paras.push(para);
      pendingLeadIn = para;
      continue;
    }
    let at = -1;
    for (let s = stack.length - 1; s >= 0; s--) {
      if ((stack[s] as Item).style === label.style) {
        at = s;
        break;
      }
    }
    if (label.style === 'dieu' || label.style === 'roman') {
      const keep = stack.findIndex((x) => x.style === 'heading');
      at = label.style === 'roman' || keep < 0 ? 0 : keep + 1;
      if (at < stack.length && stack[at]?.style === 'heading' && label.style === 'roman') at = 0;
    }
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1] ?? null;
    const previousSibling = parent ? parent.children[parent.children.length - 1] : root[root.length - 1];
    const sibling = previousSibling && previousSibling.style === label.style ? previousSibling : null;
    const leadIn = sibling ? (sibling.leadIn ?? pendingLeadIn) : pendingLeadIn;
    const item = makeItem(label, para, parent, leadIn);
    if (parent) parent.children.push(item);
    else root.push(item);
    stack.push(item);
    pendingLeadIn = null;
  }
  return { root, loose };
}

function makeItem(label: Label, para: Para, parent: Item | null, leadIn: Para | null): Item {
  return {
    style: label.style,
    label: label.label,
    ref: label.ref,
    head: para,
    textFrom: label.length,
    paras: [],
    children: [],
    parent,
    leadIn,
  };
}

function lastText(item: Item): string {
  return (item.paras[item.paras.length - 1] ?? item.head).text;
}

export function isBullet(item: Item): boolean {
  return item.style === 'dash' || item.style === 'plus';
}

/** The item's own text (after its label). */
export function ownText(item: Item): string {
  return item.head.text.slice(item.textFrom);
}

export function ownFold(item: Item): string {
  return item.head.fold.slice(item.textFrom);
}
