import { z } from 'zod';
import type { ImportField } from '../reports/import-columns';
import { id, text } from '../schemas/common';
import { method, returns } from './define';

const importOptionsFields = {
  uploadId: z.string().min(1).max(64),
  direction: z.enum(['den', 'di'], { error: 'Loại sổ: chọn sổ văn bản đến hoặc đi.' }),
  seriesId: id('Sổ').nullable().optional(),
  sheet: z.string().max(200).nullable().optional(),
  /** 1-based row number of the header row; detected when absent. */
  headerRow: z.number().int().min(1).max(1000).nullable().optional(),
  /** Field → 0-based column; proposed from the headers when absent. */
  mapping: z.record(z.string(), z.number().int().min(0).max(500).nullable()).nullable().optional(),
};
export const importOptionsInput = z.object(importOptionsFields);
export type ImportOptions = z.output<typeof importOptionsInput>;

export const importUploadInput = z.object({
  name: text('Tên tệp', 255),
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Không nhận được nội dung tệp.'),
});

export interface ImportUploaded {
  uploadId: string;
  fileName: string;
  sheets: string[];
}

/** One line of the file as the clerk will see it before importing. */
export interface ImportPreviewLine {
  rowNumber: number;
  values: Partial<Record<ImportField, string>>;
  status: 'ok' | 'error' | 'imported';
  errors: string[];
}

export interface ImportPreview {
  uploadId: string;
  fileName: string;
  direction: 'den' | 'di';
  seriesId: number;
  seriesName: string;
  sheets: string[];
  sheet: string;
  headerRow: number;
  headers: string[];
  fields: Array<{ key: ImportField; label: string; isRequired: boolean }>;
  mapping: Partial<Record<ImportField, number | null>>;
  /** The first lines with their state (every line with an error is included). */
  lines: ImportPreviewLine[];
  counts: { total: number; ok: number; error: number; imported: number };
}

export interface ImportOutcome {
  imported: number;
  /** Lines not imported: already imported earlier, or with an error, and why. */
  skipped: Array<{ rowNumber: number; reason: string }>;
  year: number | null;
}

/** Nhập sổ từ Excel/CSV. */
export const importsContract = {
  /** Reads an .xlsx or .csv register kept by hand and keeps it for the preview. @throws BAD_FILE */
  'import.upload': method({ input: importUploadInput, output: returns<ImportUploaded>(), permission: 'incoming.register', isWrite: false }),
  /** Sheet, header row and column mapping (proposed from Vietnamese headers), with each line's errors. */
  'import.preview': method({
    input: importOptionsInput,
    output: returns<ImportPreview>(),
    permission: 'incoming.register',
    isWrite: false,
  }),
  /** Imports every valid line in one transaction with its original number, marked imported; a second run adds nothing. */
  'import.commit': method({ input: importOptionsInput, output: returns<ImportOutcome>(), permission: 'incoming.register', isWrite: true }),
};
