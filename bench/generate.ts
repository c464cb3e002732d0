import { resolve } from 'node:path';
import { generateDatabase } from './generator';

/**
 * npx tsx bench/generate.ts --out /tmp/vanthu-100k --docs 100000 [--seed N] [--from YYYY-MM-DD]
 *   [--to YYYY-MM-DD] [--attachments 0.1] [--force]
 * Writes a benchmark data folder (open it with --data-dir). Generated folders never go in the repository.
 */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const out = option('out');
  if (!out) throw new Error('Thiếu --out <thư mục dữ liệu>.');
  const seed = option('seed');
  const from = option('from');
  const to = option('to');
  const attachments = option('attachments');
  const report = await generateDatabase({
    out: resolve(out),
    docs: Number(option('docs') ?? 100_000),
    force: process.argv.includes('--force'),
    ...(seed ? { seed: Number(seed) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(attachments ? { attachmentRate: Number(attachments) } : {}),
    onProgress: (done, total, phase) => {
      process.stderr.write(phase === 'documents' ? `\rvăn bản ${done}/${total}   ` : `\rchỉ mục ${done}   `);
    },
  });
  process.stderr.write('\n');
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
