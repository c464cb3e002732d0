import type { CliCommand } from '../command';
import { openRuntime } from '../runtime-for-cli';
import { rebuildSearchIndex } from '../../services/search/search-index';

export const searchReindexCommand: CliCommand = {
  words: ['search', 'reindex'],
  summary: 'Lập lại toàn bộ chỉ mục tìm kiếm từ dữ liệu (sau khi sửa tệp dữ liệu bằng công cụ khác)',
  usage: 'vanthu search reindex [--data-dir DIR]',
  async run(args, io) {
    const runtime = await openRuntime(args);
    try {
      let shown = 0;
      const count = rebuildSearchIndex(runtime.db, ({ done }) => {
        if (done - shown >= 100_000) {
          shown = done;
          io.err(`Đã lập chỉ mục ${done.toLocaleString('vi-VN')} mục…`);
        }
      });
      io.out(`Đã lập lại chỉ mục tìm kiếm: ${count.toLocaleString('vi-VN')} mục (văn bản đến, văn bản đi, dự thảo, công việc).`);
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
