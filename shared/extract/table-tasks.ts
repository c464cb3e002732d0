import { bareValue, findDeadline } from './deadlines';
import type { Line } from './normalise';
import { splitParties } from './parties';
import type { FoundTask } from './tasks';
import { firstTokens } from './text-utils';

/**
 * A Kế hoạch task table copied with `|` (`| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |`): one
 * task per row, ref the STT, summary the Nội dung cell, lead, cooperating and deadline from their
 * cells. Section rows (a Roman numeral or a row without a lead) are skipped.
 */
type Role = 'ref' | 'content' | 'lead' | 'cooperating' | 'deadline';

const ROLES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['ref', /^(?:stt|tt|so tt)$/],
  ['cooperating', /phoi hop/],
  ['lead', /chu tri|thuc hien|phu trach|dau moi/],
  ['deadline', /thoi gian|thoi han|hoan thanh|tien do/],
  ['content', /noi dung|nhiem vu|cong viec|hoat dong|ten/],
];

export function tableTasks(lines: readonly Line[], from: number, to: number, year: number | null): FoundTask[] {
  const out: FoundTask[] = [];
  let i = from;
  while (i < to) {
    const header = lines[i];
    if (!header?.cells) {
      i++;
      continue;
    }
    const roles = header.cells.map((cell) => ROLES.find(([, re]) => re.test(cell.fold))?.[0] ?? null);
    i++;
    while (i < to && lines[i]?.cells) {
      const task = rowTask(lines[i] as Line, roles, year);
      if (task) out.push(task);
      i++;
    }
  }
  return out;
}

function rowTask(row: Line, roles: ReadonlyArray<Role | null>, year: number | null): FoundTask | null {
  const cell = (role: Role) => row.cells?.[roles.indexOf(role)] ?? null;
  const content = cell('content');
  const refCell = cell('ref');
  if (!content || content.text === '' || (refCell && /^[IVX]+\.?$/.test(refCell.text))) return null;
  const leadCell = cell('lead');
  const cooperatingCell = cell('cooperating');
  const deadlineCell = cell('deadline');
  let deadline: { from: number; to: number; date: string | null } | null = null;
  if (deadlineCell && deadlineCell.text !== '') {
    deadline = findDeadline(deadlineCell.fold, year);
    if (!deadline) {
      const bare = bareValue(deadlineCell.fold, year);
      if (bare) deadline = { from: 0, to: bare.length, date: bare.date };
    }
  }
  const cooperating = cooperatingCell
    ? cooperatingCell.text
        .split(/\s*;\s*/)
        .flatMap((piece) =>
          splitParties(
            piece,
            cooperatingCell.fold.slice(cooperatingCell.text.indexOf(piece), cooperatingCell.text.indexOf(piece) + piece.length),
          ),
        )
    : [];
  const last = row.cells?.[row.cells.length - 1] ?? row;
  return {
    task: {
      ref: refCell && refCell.text !== '' ? refCell.text.replace(/\.$/, '') : null,
      lead: leadCell && leadCell.text !== '' ? leadCell.text.replace(/[\s.;]+$/, '') : null,
      cooperating,
      summary: firstTokens(content.text, 20),
      deadline: deadline?.date ?? null,
      deadlineText: deadline && deadlineCell ? deadlineCell.text.slice(deadline.from, deadline.to).replace(/[\s,;.]+$/, '') : null,
    },
    from: row.start,
    to: last.start + last.text.length,
    deadline: deadline && deadlineCell ? { from: deadlineCell.start + deadline.from, to: deadlineCell.start + deadline.to } : null,
    confidence: 0.85,
  };
}
