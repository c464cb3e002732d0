import { type Line, subLine } from './normalise';

/**
 * Tables copied with `|`. A task table (its first row names STT / Nội dung / chủ trì / thời gian)
 * stays row by row, each row carrying its cells; any other table (the two-column header, the Nơi
 * nhận beside the signature) is read column by column, each cell a line of its own, a blank line
 * between columns, the way the document is laid out.
 */
export function expandTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (!isPipeRow(line)) {
      out.push(line);
      i++;
      continue;
    }
    const rows: Line[][] = [];
    const first = i;
    while (i < lines.length && isPipeRow(lines[i] as Line)) {
      const cells = splitCells(lines[i] as Line);
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === '')) rows.push(cells);
      i++;
    }
    if (rows.length === 0) continue;
    if (isTaskTable(rows[0] ?? [])) {
      for (const cells of rows) out.push(rowLine(cells));
    } else if (isLayoutTable(rows, out)) {
      out.push(...byColumns(rows));
    } else {
      out.push(...lines.slice(first, i));
    }
  }
  return out;
}

function isPipeRow(line: Line): boolean {
  const t = line.text;
  return t.length > 1 && t.charCodeAt(0) === 124 && t.indexOf('|', 1) > 0;
}

function splitCells(line: Line): Line[] {
  const cells: Line[] = [];
  let from = 1;
  const t = line.text;
  const end = t.charCodeAt(t.length - 1) === 124 ? t.length - 1 : t.length;
  while (from <= end) {
    let to = t.indexOf('|', from);
    if (to < 0 || to > end) to = end;
    cells.push(subLine(line, from, to));
    from = to + 1;
  }
  return cells;
}

const TASK_HEADER = /^(stt|tt|noi dung|nhiem vu|cong viec|(don vi|co quan) (chu tri|phoi hop|thuc hien)|chu tri|phoi hop|thoi (gian|han))/;

function isTaskTable(header: readonly Line[]): boolean {
  if (header.length < 3) return false;
  let hits = 0;
  for (const cell of header) if (TASK_HEADER.test(cell.fold)) hits++;
  return hits >= 2;
}

const LAYOUT_CELL =
  /cong hoa xa hoi|doc lap|^so\s*[:.]|^noi nhan|ngay\s*\d{0,2}\s*thang|^(?:tm|kt|tl|tuq)[.,]\s|^(?:pho )?(?:giam doc|chu tich|hieu truong|truong phong|chanh van phong)$|^v\s*\/\s*v/;

/** The two-column header or signature laid out as a table: read column by column. A data table (a duty roster) stays as printed. */
function isLayoutTable(rows: readonly Line[][], before: readonly Line[]): boolean {
  if (before.filter((l) => l.text !== '').length < 6) return true;
  return rows.some((cells) => cells.some((c) => LAYOUT_CELL.test(c.fold)));
}

function rowLine(cells: Line[]): Line {
  const first = cells[0] as Line;
  return { text: cells.map((c) => c.text).join(' | '), fold: cells.map((c) => c.fold).join(' | '), start: first.start, cells };
}

function byColumns(rows: Line[][]): Line[] {
  const width = Math.max(...rows.map((r) => r.length));
  const out: Line[] = [];
  for (let col = 0; col < width; col++) {
    for (const row of rows) {
      const cell = row[col];
      if (cell && cell.text !== '') out.push(cell);
    }
    out.push({ text: '', fold: '', start: rows[rows.length - 1]?.[0]?.start ?? 0 });
  }
  return out;
}
