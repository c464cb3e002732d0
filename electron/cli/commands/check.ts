import { checkFile } from '../../services/drafting/check-file';
import { hasFlag } from '../args';
import type { CliCommand } from '../command';
import { countBySeverity, formatFinding } from '@shared/format-check/index';

export const checkCommand: CliCommand = {
  words: ['check'],
  summary: 'Kiểm tra thể thức văn bản (Nghị định 30/2020, Phụ lục I) trong tệp .txt, .docx hoặc dự thảo .json',
  usage: 'vanthu check FILE [--json]',
  booleanFlags: ['json'],
  async run(args, io) {
    const file = args.positional[0];
    if (!file) {
      io.err('Thiếu tên tệp cần kiểm tra. Cách dùng: vanthu check FILE [--json]');
      return 2;
    }
    const result = await checkFile(file);
    const counts = countBySeverity(result.findings);
    if (hasFlag(args, 'json')) {
      io.out(JSON.stringify({ file, source: result.source, counts, findings: result.findings }, null, 2));
    } else if (result.findings.length === 0) {
      io.out(`${file}: không phát hiện sai sót về thể thức.`);
    } else {
      for (const f of result.findings) io.out(formatFinding(f));
      io.out(`Tổng cộng: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} gợi ý.`);
    }
    return counts.error > 0 ? 1 : 0;
  },
};
