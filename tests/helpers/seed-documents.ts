import { Document, Packer, Paragraph, TextRun } from 'docx';

/**
 * A corpus text (the seeds' DOCX→text shape: paragraphs separated by blank lines, **bold** marks,
 * a Markdown line break "  \n" inside the signature block) turned back into the files a clerk
 * receives: a Word document and an HTML page to print as a text-layer PDF.
 */

interface Run {
  text: string;
  bold: boolean;
}

/**
 * Paragraphs (one per text line, as the DOCX→text copy made them) → lines (a Markdown hard break
 * "  \n" is a soft line break inside a paragraph) → runs, with the emphasis turned into bold runs.
 */
export function seedParagraphs(text: string): Run[][][] {
  return text
    .replace(/ {2}\n/g, '\u2028')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.split('\u2028').map(runsOf));
}

function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  for (const part of line.split(/(\*{1,3})/)) {
    if (/^\*+$/.test(part)) {
      bold = !bold;
      continue;
    }
    if (part !== '') runs.push({ text: part, bold });
  }
  return runs;
}

export async function seedDocx(text: string): Promise<Uint8Array> {
  const children = seedParagraphs(text).map(
    (lines) =>
      new Paragraph({
        children: lines.flatMap((runs, i) =>
          runs.map((run, j) => new TextRun({ text: run.text, bold: run.bold, break: i > 0 && j === 0 ? 1 : 0 })),
        ),
      }),
  );
  const doc = new Document({ styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An A4 page in Tinos 14 pt, justified paragraphs with space between them (as Word prints a letter). */
export function seedHtml(text: string): string {
  const body = seedParagraphs(text)
    .map(
      (lines) =>
        `<p>${lines.map((runs) => runs.map((r) => (r.bold ? `<b>${escapeHtml(r.text)}</b>` : escapeHtml(r.text))).join('')).join('<br>')}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: Tinos, "Liberation Serif", serif; font-size: 14pt; line-height: 1.25; }
p { margin: 0 0 6pt 0; text-align: justify; }
</style></head><body>${body}</body></html>`;
}
