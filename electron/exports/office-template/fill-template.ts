import type { Draft } from '@shared/drafting/draft-schema';
import { TEMPLATE_FIELD_NAMES, TEMPLATE_FIELDS, templateFieldValues } from '@shared/drafting/template-fields';
import { AppError } from '@shared/errors';
import Docxtemplater, { type DXT } from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { bodyXml } from './body-xml';

/**
 * The office's own .docx templates: template fields such as {so_ky_hieu} and {@noi_dung} are filled
 * from a draft and everything else (letterhead, logo, tables, styles) is kept as the office made it.
 * Unknown template fields are reported in Vietnamese and printed empty; a broken template gives a
 * clear Vietnamese message (AppError BAD_FILE) instead of a stack trace.
 */

export interface TemplateInspection {
  /** Template fields found in the template, in first-seen order. */
  templateFields: string[];
  /** Those the software does not know. */
  unknown: string[];
}

export interface FilledTemplate {
  docx: Buffer;
  unknown: string[];
  /** Vietnamese notes for the clerk (one per unknown template field list); empty when all is well. */
  messages: string[];
}

const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

interface TemplateErrorDetail {
  id: string;
  xtag: string;
}

function detailsOf(error: unknown): TemplateErrorDetail[] {
  if (typeof error !== 'object' || error === null || !('properties' in error)) return [];
  const props = error.properties;
  if (typeof props !== 'object' || props === null) return [];
  const nested = 'errors' in props && Array.isArray(props.errors) ? props.errors : [error];
  return nested.map((e: unknown) => {
    const p =
      typeof e === 'object' && e !== null && 'properties' in e && typeof e.properties === 'object' && e.properties !== null
        ? e.properties
        : {};
    const id = 'id' in p && typeof p.id === 'string' ? p.id : '';
    const xtag = 'xtag' in p && typeof p.xtag === 'string' ? p.xtag : '';
    return { id, xtag };
  });
}

function describe(detail: TemplateErrorDetail): string {
  const tag = detail.xtag ? `"${detail.xtag}"` : 'một trường';
  switch (detail.id) {
    case 'unclosed_tag':
      return `Trường ${tag} mở bằng "{" nhưng thiếu dấu "}" đóng.`;
    case 'unopened_tag':
      return `Có dấu "}" thừa sau ${tag} (không có "{" mở tương ứng).`;
    case 'duplicate_open_tag':
      return `Trường ${tag} có hai dấu "{" liền nhau.`;
    case 'duplicate_close_tag':
      return `Trường ${tag} có hai dấu "}" liền nhau.`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `Trường {@${detail.xtag || 'noi_dung'}} phải đứng riêng một đoạn, không có chữ nào khác trong đoạn đó.`;
    case 'unopened_loop':
    case 'unclosed_loop':
    case 'closing_tag_does_not_match_opening_tag':
      return `Vòng lặp ${tag} mở/đóng không khớp; mẫu văn bản không dùng vòng lặp.`;
    default:
      return `Trường ${tag} viết không đúng cú pháp {ten_truong}.`;
  }
}

function templateError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const details = detailsOf(error);
  if (details.length === 0) return new AppError('BAD_FILE', 'Tệp mẫu không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng.');
  const lines = [...new Set(details.map(describe))].slice(0, 10);
  return new AppError('BAD_FILE', `Mẫu văn bản có lỗi cú pháp trường:\n- ${lines.join('\n- ')}`, { details: details.slice(0, 10) });
}

type Parser = NonNullable<DXT.Options['parser']>;

function openTemplate(template: Uint8Array, inspect: InspectModule, parser?: Parser): Docxtemplater {
  if (template.byteLength === 0) throw new AppError('BAD_FILE', 'Tệp mẫu trống.');
  if (template.byteLength > MAX_TEMPLATE_BYTES) throw new AppError('TOO_LARGE', 'Tệp mẫu lớn quá 20 MB.');
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new AppError('BAD_FILE', 'Tệp mẫu không phải tệp Word (.docx) hợp lệ (không mở được như tệp nén .docx).');
  }
  if (!zip.file('word/document.xml'))
    throw new AppError('BAD_FILE', 'Tệp mẫu không phải tệp Word (.docx): thiếu phần nội dung word/document.xml.');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: [inspect],
      nullGetter: () => '',
      ...(parser ? { parser } : {}),
    });
  } catch (error) {
    throw templateError(error);
  }
}

function tagNames(inspect: InspectModule): string[] {
  return Object.keys(inspect.getAllTags());
}

function unknownMessage(unknown: readonly string[]): string[] {
  if (unknown.length === 0) return [];
  const known = TEMPLATE_FIELDS.map((p) => `{${p.name}}`).join(', ');
  return [
    `Mẫu có ${unknown.length} trường phần mềm không nhận ra (sẽ để trống): ${unknown.map((u) => `{${u}}`).join(', ')}. Các trường dùng được: ${known}.`,
  ];
}

/** The template fields of a template and which of them are unknown. Throws AppError BAD_FILE on a broken template. */
export function inspectOfficeTemplate(template: Uint8Array): TemplateInspection {
  const inspect = new InspectModule();
  openTemplate(template, inspect);
  const templateFields = tagNames(inspect);
  return { templateFields, unknown: templateFields.filter((p) => !TEMPLATE_FIELD_NAMES.has(p)) };
}

/** Fills an office template from a draft: same letterhead and styles, the draft's values in the template fields. */
export function fillOfficeTemplate(template: Uint8Array, draft: Draft): FilledTemplate {
  const values = templateFieldValues(draft);
  const rawBody = bodyXml(draft);
  const inspect = new InspectModule();
  const doc = openTemplate(template, inspect, (tag: string) => ({
    get: (_scope: unknown, context: { meta: { part: { module?: string } } }) => {
      const name = tag.trim();
      if (name === 'noi_dung' && context.meta.part.module === 'rawxml') return rawBody;
      return values[name] ?? '';
    },
  }));
  try {
    doc.render();
  } catch (error) {
    throw templateError(error);
  }
  const unknown = tagNames(inspect).filter((p) => !TEMPLATE_FIELD_NAMES.has(p));
  const docx = doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { docx, unknown, messages: unknownMessage(unknown) };
}
