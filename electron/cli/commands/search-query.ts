import { SEARCH_KIND_LABELS } from '@shared/contract/search';
import type { HighlightedText } from '@shared/search/highlight';
import { AppError } from '@shared/errors';
import { formatDateVi } from '@shared/text/dates';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

/** Matched words in [brackets] on a terminal. */
function bracketed(value: HighlightedText): string {
  let out = '';
  let at = 0;
  for (const [start, end] of value.marks) {
    out += `${value.text.slice(at, start)}[${value.text.slice(start, end)}]`;
    at = end;
  }
  return out + value.text.slice(at);
}

export const searchQueryCommand: CliCommand = {
  words: ['search', 'query'],
  summary: 'Tìm văn bản, dự thảo, công việc (có dấu hay không dấu, bộ lọc tác giả:, loại:, năm:, đơn vị:, số:)',
  usage: 'vanthu search query "<câu tìm>" [--limit 10] [--relevance] [--json] [--data-dir DIR]',
  booleanFlags: ['json', 'relevance'],
  async run(args, io) {
    const q = args.positional.join(' ').trim();
    if (!q) throw new AppError('VALIDATION', 'Hãy ghi câu cần tìm, ví dụ: vanthu search query "trien khai ket luan 448".');
    const limit = Number(stringFlag(args, 'limit') ?? '10');
    const runtime = await openRuntime(args);
    try {
      const result = await callApi(runtime, 'search.query', { q, limit, sort: hasFlag(args, 'relevance') ? 'relevance' : 'newest' });
      if (hasFlag(args, 'json')) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      for (const group of result.groups) {
        if (group.total === 0) continue;
        io.out(`${SEARCH_KIND_LABELS[group.kind]}: ${group.isTotalCapped ? 'hơn 10.000' : group.total} kết quả`);
        for (const hit of group.hits) {
          const marks = [hit.isCancelled ? 'ĐÃ HỦY' : null, hit.isSecret ? 'MẬT' : null].filter(Boolean).join(', ');
          io.out(`  ${formatDateVi(hit.date)}  ${bracketed(hit.title)}${marks ? ` (${marks})` : ''}`);
          io.out(`      ${bracketed(hit.subject)}`);
        }
      }
      if (result.groups.every((g) => g.total === 0)) io.out('Không tìm thấy kết quả nào.');
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
