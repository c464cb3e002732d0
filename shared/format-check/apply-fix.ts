import { type BodyBlock, type Draft, draftSchema, type TextRun } from '../drafting/draft-schema';
import { blockLabel } from '../drafting/model';
import type { Finding } from './types';

/**
 * Applies a finding's mechanical fix to the draft field it points at (location.path). Returns a
 * new draft; the input is not changed. A finding without an edit, or whose text is no longer
 * there (the clerk already changed it), gives a Vietnamese reason instead.
 */

export type ApplyFixResult = { ok: true; draft: Draft } | { ok: false; message: string };

const NOT_APPLICABLE = 'Gợi ý này cần người soạn thảo tự sửa.';
const STALE = 'Nội dung đã thay đổi, không còn đoạn cần sửa.';

function replaceOnce(value: string, find: string, replace: string): string | null {
  const at = value.indexOf(find);
  if (at < 0) return null;
  return `${value.slice(0, at)}${replace}${value.slice(at + find.length)}`;
}

/** Replaces text inside runs; an edit spanning several runs takes the marks of the first. */
function replaceInRuns(runs: readonly TextRun[], find: string, replace: string): TextRun[] | null {
  const full = runs.map((r) => r.text).join('');
  const start = full.indexOf(find);
  if (start < 0) return null;
  const end = start + find.length;
  const out: TextRun[] = [];
  let offset = 0;
  let isInserted = false;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    if (runEnd <= start || runStart >= end) {
      if (runStart >= end && !isInserted) {
        out.push({ ...run, text: replace });
        isInserted = true;
      }
      out.push(run);
      continue;
    }
    const before = run.text.slice(0, Math.max(0, start - runStart));
    const after = run.text.slice(Math.max(0, end - runStart));
    const text = `${before}${isInserted ? '' : replace}${after}`;
    isInserted = true;
    if (text) out.push({ ...run, text });
  }
  if (!isInserted) out.push({ text: replace });
  return out;
}

function fixBlock(block: BodyBlock, find: string, replace: string): BodyBlock | null {
  const label = blockLabel(block);
  if (label && find === label) {
    if (block.type === 'article') {
      const n = /^Điều\s+(\d+)/u.exec(replace)?.[1];
      return n ? { ...block, number: Number(n) } : null;
    }
    if (block.type === 'item' || block.type === 'heading') return { ...block, label: replace };
  }
  const runs = replaceInRuns(block.runs, find, replace);
  return runs ? { ...block, runs } : null;
}

function replaceItem(items: string[], index: number, find: string, replace: string): boolean {
  const value = items[index];
  const next = value === undefined ? null : replaceOnce(value, find, replace);
  if (next === null) return false;
  items[index] = next;
  return true;
}

/** Edits one string field through its getter and setter; false when the text is not there. */
function replaceField(get: () => string | null | undefined, set: (value: string) => void, find: string, replace: string): boolean {
  const value = get();
  const next = typeof value === 'string' ? replaceOnce(value, find, replace) : null;
  if (next === null) return false;
  set(next);
  return true;
}

/** "body.3" → { key: "body.#", index: 3 }; "signer.authority.0" → { key: "signer.authority", index: 0 }. */
function fieldKey(path: string): { key: string; index: number } {
  const listed = /^(body|legalBases|distribution)\.(\d+)$/.exec(path);
  if (listed) return { key: `${listed[1]}.#`, index: Number(listed[2]) };
  const nested = /^(recipients\.items|signer\.authority)\.(\d+)$/.exec(path);
  if (nested) return { key: nested[1] ?? '', index: Number(nested[2]) };
  return { key: path, index: -1 };
}

function applyToPath(draft: Draft, path: string, find: string, replace: string): boolean {
  const { key, index } = fieldKey(path);
  const header = draft.header;
  const signer = draft.signer;
  const secondary = draft.secondarySigner;
  switch (key) {
    case 'body.#': {
      const block = draft.body[index];
      const fixed = block ? fixBlock(block, find, replace) : null;
      if (fixed) draft.body[index] = fixed;
      return fixed !== null;
    }
    case 'legalBases.#':
      return replaceItem(draft.legalBases, index, find, replace);
    case 'distribution.#':
      return replaceItem(draft.distribution, index, find, replace);
    case 'recipients.items':
      return draft.recipients ? replaceItem(draft.recipients.items, index, find, replace) : false;
    case 'signer.authority': {
      const entry = signer.authority[index];
      return entry
        ? replaceField(
            () => entry.onBehalfOf,
            (v) => {
              entry.onBehalfOf = v;
            },
            find,
            replace,
          )
        : false;
    }
    case 'header.number':
      return replaceField(
        () => header.number,
        (v) => {
          header.number = v;
        },
        find,
        replace,
      );
    case 'header.symbol':
      return replaceField(
        () => header.symbol,
        (v) => {
          header.symbol = v;
        },
        find,
        replace,
      );
    case 'header.place':
      return replaceField(
        () => header.place,
        (v) => {
          header.place = v;
        },
        find,
        replace,
      );
    case 'signer.title':
      return replaceField(
        () => signer.title,
        (v) => {
          signer.title = v;
        },
        find,
        replace,
      );
    case 'signer.name':
      return replaceField(
        () => signer.name,
        (v) => {
          signer.name = v;
        },
        find,
        replace,
      );
    case 'secondarySigner.title':
      return secondary
        ? replaceField(
            () => secondary.title,
            (v) => {
              secondary.title = v;
            },
            find,
            replace,
          )
        : false;
    case 'secondarySigner.name':
      return secondary
        ? replaceField(
            () => secondary.name,
            (v) => {
              secondary.name = v;
            },
            find,
            replace,
          )
        : false;
    case 'subject':
      return replaceField(
        () => draft.subject,
        (v) => {
          draft.subject = v;
        },
        find,
        replace,
      );
    case 'archive':
      return replaceField(
        () => draft.archive,
        (v) => {
          draft.archive = v;
        },
        find,
        replace,
      );
    default:
      return false;
  }
}

export function applyFix(draft: Draft, f: Finding): ApplyFixResult {
  const change = f.fix?.edit;
  const path = f.location.path;
  if (!change || !path) return { ok: false, message: NOT_APPLICABLE };
  const copy: unknown = JSON.parse(JSON.stringify(draft));
  const parsed = draftSchema.safeParse(copy);
  if (!parsed.success) return { ok: false, message: 'Dự thảo không hợp lệ.' };
  const next = parsed.data;
  if (!applyToPath(next, path, change.find, change.replace)) return { ok: false, message: STALE };
  return { ok: true, draft: next };
}
