import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Draft, parseDraft } from '@shared/drafting/draft-schema';
import { AppError } from '@shared/errors';
import { checkDraft, checkText, type Finding } from '@shared/format-check/index';
import { loadMammoth } from '../lazy-libraries';

/** What was checked and what the checker found. */
export interface FileCheck {
  source: 'text' | 'docx' | 'draft';
  findings: Finding[];
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads a .txt, a .docx (as raw text, through mammoth) or a draft .json and runs the format checker. */
export async function checkFile(path: string): Promise<FileCheck> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp "${path}".`);
  }
  if (size > MAX_BYTES) throw new AppError('TOO_LARGE', 'Tệp lớn quá 20 MB.');
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') {
    let text: string;
    try {
      text = (await (await loadMammoth()).extractRawText({ path })).value;
    } catch {
      throw new AppError('BAD_FILE', 'Tệp .docx không đọc được (hỏng hoặc không phải tệp Word).');
    }
    return { source: 'docx', findings: checkText(text) };
  }
  const content = await readFile(path, 'utf8');
  if (extension === '.json') return { source: 'draft', findings: checkDraft(draftFromJson(content)) };
  if (extension === '.txt' || extension === '.md' || extension === '') return { source: 'text', findings: checkText(content) };
  throw new AppError('NOT_SUPPORTED', `Chưa kiểm tra được tệp "${extension}": dùng tệp .txt, .docx hoặc dự thảo .json.`);
}

/** A draft from JSON text; AppError VALIDATION with the schema's Vietnamese messages when it is not one. */
export function draftFromJson(content: string): Draft {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new AppError('VALIDATION', 'Tệp dự thảo không phải JSON hợp lệ.');
  }
  const parsed = parseDraft(value);
  if (!parsed.ok)
    throw new AppError('VALIDATION', `Dự thảo không đúng định dạng:\n- ${parsed.errors.join('\n- ')}`, { details: parsed.errors });
  return parsed.draft;
}
