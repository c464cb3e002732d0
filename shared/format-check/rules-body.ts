import { runsText } from '../drafting/model';
import { advice, type CheckView, endingFix, type Finding, finding, type ViewLine } from './types';

/**
 * Body of a draft (box 6): something written, no blank paragraphs left from the template, and the
 * closing "./." after the last sentence, as in the Phụ lục III templates. Plain-text copies are not
 * held to the closing mark (many received documents omit it).
 */

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'noi-dung', severity, part: 'body', at, message, fix });
}

export function checkBody(view: CheckView): Finding[] {
  const draft = view.draft;
  if (!draft) return [];
  const out: Finding[] = [];
  const filled = draft.body.filter((b) => runsText(b.runs).trim().length > 0);
  if (filled.length === 0) {
    return [
      rule(
        'BODY_EMPTY',
        'warning',
        { text: '', line: null, path: 'body' },
        'Nội dung văn bản còn trống.',
        advice('Nhập nội dung văn bản.'),
      ),
    ];
  }
  draft.body.forEach((block, index) => {
    if (block.type === 'paragraph' && !runsText(block.runs).trim()) {
      out.push(
        rule(
          'BODY_BLANK_PARAGRAPH',
          'info',
          { text: '', line: null, path: `body.${index}` },
          `Đoạn ${index + 1} còn trống.`,
          advice('Nhập nội dung hoặc xóa đoạn trống.'),
        ),
      );
    }
    if (block.type !== 'paragraph' && !runsText(block.runs).trim() && block.type !== 'heading') {
      const what = block.type === 'article' ? `Điều ${block.number}` : `Mục "${block.label}"`;
      out.push(
        rule(
          'BODY_BLANK_ITEM',
          'info',
          { text: '', line: null, path: `body.${index}` },
          `${what} chưa có nội dung.`,
          advice('Nhập nội dung hoặc xóa mục này.'),
        ),
      );
    }
  });
  const lastFilled = filled.at(-1);
  const last = lastFilled ? view.body[draft.body.indexOf(lastFilled)] : undefined;
  const lastText = last?.text.trimEnd() ?? '';
  if (last && !lastText.endsWith('./.')) {
    out.push(
      rule(
        'BODY_CLOSING_MARK',
        'info',
        last,
        'Câu cuối cùng của nội dung văn bản kết thúc bằng dấu "./.".',
        endingFix(lastText, './.', 'Kết thúc bằng "./.".'),
      ),
    );
  }
  return out;
}
