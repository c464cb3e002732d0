import type { BodyBlock, TextRun } from './draft-schema';
import { blockLabel } from './model';

/**
 * The draft body ↔ a tiptap / ProseMirror document (StarterKit nodes: paragraph, heading,
 * orderedList, bulletList, listItem, hardBreak, text with bold/italic/underline marks; the
 * TextAlign extension's textAlign attribute). Labels are typed as text in the editor ("1. ",
 * "a) ", "Điều 2. ") and become the blocks' labels here, so a clerk edits a document the way it
 * prints; lists made with the editor's list buttons get labels from their position.
 */

export interface EditorMark {
  type: string;
}

export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
  marks?: EditorMark[];
}

const MAX_DEPTH = 20;
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

const ARTICLE = /^Điều\s+(\d{1,3})\.\s*/u;
const ITEM_LABEL = /^(\d{1,2}(?:\.\d{1,2}){0,2}\.|\(\d{1,3}\)|[a-zđ]\)|[-–+•])\s+/u;
const ROMAN_LABEL = /^([IVXLC]+\.)\s+/u;

function runsOf(node: EditorNode, depth: number): TextRun[] {
  if (depth > MAX_DEPTH) return [];
  if (node.type === 'text' && typeof node.text === 'string') {
    const marks = markTypes(node);
    const run: TextRun = { text: node.text };
    if (marks.has('bold')) run.bold = true;
    if (marks.has('italic')) run.italic = true;
    if (marks.has('underline')) run.underline = true;
    return [run];
  }
  if (node.type === 'hardBreak') return [{ text: '\n' }];
  return children(node).flatMap((child) => runsOf(child, depth + 1));
}

/** Removes the first `length` characters from runs (a label typed at the start). */
function dropPrefix(runs: readonly TextRun[], length: number): TextRun[] {
  let rest = length;
  const out: TextRun[] = [];
  for (const run of runs) {
    if (rest >= run.text.length) {
      rest -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(rest) });
    rest = 0;
  }
  return out;
}

function alignOf(node: EditorNode): 'left' | 'center' | 'right' | 'justify' | undefined {
  const value = node.attrs?.textAlign;
  return value === 'left' || value === 'center' || value === 'right' || value === 'justify' ? value : undefined;
}

function paragraphToBlock(node: EditorNode, depth: number): BodyBlock {
  const runs = runsOf(node, depth);
  const text = runs.map((r) => r.text).join('');
  const article = ARTICLE.exec(text);
  if (article) return { type: 'article', number: Number(article[1]), runs: dropPrefix(runs, article[0].length) };
  const item = ITEM_LABEL.exec(text);
  if (item?.[1]) return { type: 'item', label: item[1], runs: dropPrefix(runs, item[0].length) };
  const roman = ROMAN_LABEL.exec(text);
  const isAllBold = runs.length > 0 && runs.every((r) => r.bold || !r.text.trim());
  if (roman?.[1] && isAllBold) {
    return { type: 'heading', label: roman[1], runs: dropPrefix(runs, roman[0].length).map(({ bold: _bold, ...r }) => r) };
  }
  const align = alignOf(node);
  return align ? { type: 'paragraph', runs, align } : { type: 'paragraph', runs };
}

function headingToBlock(node: EditorNode, depth: number): BodyBlock {
  const runs = runsOf(node, depth).map(({ bold: _bold, ...r }) => r);
  const text = runs.map((r) => r.text).join('');
  const label = ROMAN_LABEL.exec(text) ?? /^(\d{1,2}\.)\s+/u.exec(text);
  const align = alignOf(node) === 'center' ? 'center' : undefined;
  const block: BodyBlock = label?.[1]
    ? { type: 'heading', label: label[1], runs: dropPrefix(runs, label[0].length) }
    : { type: 'heading', runs };
  return align ? { ...block, align } : block;
}

function listToBlocks(node: EditorNode, depth: number, listLevel: number): BodyBlock[] {
  const isOrdered = node.type === 'orderedList';
  const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
  const isNested = listLevel > 0;
  return children(node).flatMap((listItem, index) => {
    const label = !isOrdered ? '-' : isNested ? `${LETTERS.charAt(start + index - 1) || 'a'})` : `${start + index}.`;
    const [first, ...rest] = children(listItem);
    const head: BodyBlock[] = first && first.type === 'paragraph' ? [{ type: 'item', label, runs: runsOf(first, depth + 1) }] : [];
    const others = first && first.type !== 'paragraph' ? [first, ...rest] : rest;
    return [...head, ...others.flatMap((child) => nodeToBlocks(child, depth + 1, listLevel + 1))];
  });
}

function nodeToBlocks(node: EditorNode, depth: number, listLevel: number): BodyBlock[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'paragraph':
      return [paragraphToBlock(node, depth)];
    case 'heading':
      return [headingToBlock(node, depth)];
    case 'orderedList':
    case 'bulletList':
      return listToBlocks(node, depth + 1, listLevel);
    case 'horizontalRule':
    case 'image':
      return [];
    default:
      return children(node).flatMap((child) => nodeToBlocks(child, depth + 1, listLevel));
  }
}

/** The body blocks of an editor document (anything not a document gives an empty body). */
export function bodyFromEditorDoc(doc: unknown): BodyBlock[] {
  if (!isEditorNode(doc)) return [];
  return nodeToBlocks(doc, 0, 0);
}

function isEditorNode(value: unknown): value is EditorNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

/** Child nodes of untrusted input: only well-formed nodes are kept. */
function children(node: EditorNode): EditorNode[] {
  return Array.isArray(node.content) ? node.content.filter(isEditorNode) : [];
}

function markTypes(node: EditorNode): Set<string> {
  const marks: unknown[] = Array.isArray(node.marks) ? node.marks : [];
  return new Set(marks.filter(isEditorNode).map((m) => m.type));
}

function textNodes(runs: readonly TextRun[]): EditorNode[] {
  const out: EditorNode[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) out.push({ type: 'hardBreak' });
      if (!part) return;
      const marks: EditorMark[] = [];
      if (run.bold) marks.push({ type: 'bold' });
      if (run.italic) marks.push({ type: 'italic' });
      if (run.underline) marks.push({ type: 'underline' });
      out.push(marks.length > 0 ? { type: 'text', text: part, marks } : { type: 'text', text: part });
    });
  }
  return out;
}

/** An editor document showing the body as it prints (labels as text, headings as headings). */
export function bodyToEditorDoc(blocks: readonly BodyBlock[]): EditorNode {
  const content = blocks.map((block): EditorNode => {
    const label = blockLabel(block);
    if (block.type === 'heading') {
      const runs: TextRun[] = label ? [{ text: `${label} ` }, ...block.runs] : [...block.runs];
      return { type: 'heading', attrs: { level: 3, textAlign: block.align === 'center' ? 'center' : null }, content: textNodes(runs) };
    }
    if (block.type === 'article') return { type: 'paragraph', content: textNodes([{ text: `${label} `, bold: true }, ...block.runs]) };
    if (block.type === 'item') return { type: 'paragraph', content: textNodes([{ text: `${label} ` }, ...block.runs]) };
    return { type: 'paragraph', attrs: { textAlign: block.align ?? null }, content: textNodes(block.runs) };
  });
  return { type: 'doc', content };
}
