import { latestVersion } from '../../db/migrate';
import { hasFlag } from '../args';
import type { CliCommand } from '../command';
import { openRuntime } from '../runtime-for-cli';

const COUNTED_TABLES = ['units', 'people', 'external_bodies'] as const;

export const dbInfoCommand: CliCommand = {
  words: ['db', 'info'],
  summary: 'Đường dẫn, phiên bản lược đồ và số bản ghi của cơ sở dữ liệu',
  usage: 'vanthu db info [--data-dir DIR] [--json]',
  booleanFlags: ['json'],
  async run(args, io) {
    const runtime = await openRuntime(args);
    try {
      const existing = new Set(
        runtime.db
          .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
          .all()
          .map((r) => r.name),
      );
      const counts: Record<string, number> = {};
      for (const table of [...COUNTED_TABLES, ...extraTables(existing)]) {
        const row = runtime.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get();
        counts[table] = row?.n ?? 0;
      }
      const info = {
        path: runtime.ctx.paths.database,
        dataDir: runtime.ctx.paths.dataDir,
        schemaVersion: runtime.db.pragma('user_version', { simple: true }) as number,
        latestSchemaVersion: latestVersion(),
        counts,
      };
      if (hasFlag(args, 'json')) {
        io.out(JSON.stringify(info, null, 2));
      } else {
        io.out(`Cơ sở dữ liệu: ${info.path}`);
        io.out(`Phiên bản lược đồ: ${info.schemaVersion} (mới nhất: ${info.latestSchemaVersion})`);
        for (const [table, n] of Object.entries(counts)) io.out(`  ${table}: ${n}`);
      }
      return 0;
    } finally {
      await runtime.close();
    }
  },
};

/** Tables added by later features are counted when present. */
function extraTables(existing: ReadonlySet<string>): string[] {
  return ['incoming_documents', 'outgoing_documents', 'drafts', 'tasks', 'attachments', 'users', 'audit_log'].filter((t) =>
    existing.has(t),
  );
}
