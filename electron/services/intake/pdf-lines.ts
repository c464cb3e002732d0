/**
 * Rebuilds lines and paragraphs from positioned text runs (a PDF text layer): runs on one baseline
 * form a line, a wide gap inside a line splits it into columns (the two-column header then reads
 * line by line, left part first), a vertical gap clearly larger than the usual line spacing starts
 * a paragraph, and a line that reached the right margin is joined to the next one (word wrap).
 * Pure: coordinates in PDF units, y growing upwards.
 */

export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the em square). */
  size: number;
}

interface Line {
  y: number;
  size: number;
  left: number;
  right: number;
  text: string;
}

/** Runs further apart than this many font sizes on one line belong to different columns. */
const COLUMN_GAP = 2.5;
/** A gap between lines larger than this many usual line spacings is a paragraph break. */
const PARAGRAPH_GAP = 1.2;

export function pageTextFromItems(items: readonly PositionedText[]): string {
  const rows = groupRows(items);
  const lines = rows.flatMap(splitColumns);
  return joinLines(lines);
}

function groupRows(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.35) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

function splitColumns(row: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of row) {
    if (current && item.x - current.right <= item.size * COLUMN_GAP) {
      const gap = item.x - current.right;
      const needsSpace = gap > item.size * 0.15 && !current.text.endsWith(' ') && !item.text.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.text;
      current.right = Math.max(current.right, item.x + item.width);
      current.size = Math.max(current.size, item.size);
    } else {
      current = { y: item.y, size: item.size, left: item.x, right: item.x + item.width, text: item.text };
      lines.push(current);
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

/** The usual spacing inside a paragraph: a low quantile, since short paragraphs can outnumber wrapped lines. */
function usualSpacing(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 5)] ?? 0;
}

function joinLines(lines: Line[]): string {
  if (lines.length === 0) return '';
  const spacings: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
    if (gap > 0) spacings.push(gap / (lines[i]?.size ?? 1));
  }
  const usual = usualSpacing(spacings) || 1.2;
  const margin = Math.max(...lines.map((l) => l.right));
  let out = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as Line;
    const line = lines[i] as Line;
    const gap = (prev.y - line.y) / line.size;
    if (gap <= 0) out += '\n';
    else if (gap > usual * PARAGRAPH_GAP) out += '\n\n';
    else out += isWrapped(prev, line, margin) ? ' ' : '\n';
    out += line.text;
  }
  return out;
}

/** The previous line ends so near the right margin that the next line's first word could not fit. */
function isWrapped(prev: Line, line: Line, margin: number): boolean {
  if (line.left - prev.left > line.size * 1.5) return false;
  const firstWord = line.text.split(' ')[0] ?? '';
  const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
  return prev.right + (firstWord.length + 1) * charWidth >= margin - line.size * 0.5;
}
