import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../shared/extract';
import { type DocumentScore, scoreDocument } from './score/score-lib';
import { formatSummary, summarise } from './score/score-summary';
import { type Extraction, extractionSchema } from './score/truth-schema';

/**
 * `npm run score -- DIR [--json] [--worst N]`: runs the extractor on every NN.txt (and seed-00N.txt)
 * of DIR that has a NN.json beside it and prints per-field accuracy, task F1, lead and deadline
 * accuracy, and the worst documents. Always exits 0 once the folder is readable.
 */
function parseArgs(argv: readonly string[]) {
  const json = argv.includes('--json');
  const worstAt = argv.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(argv[worstAt + 1]) : 10;
  const dir = argv.find((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--worst');
  return { json, worst: Number.isFinite(worst) ? worst : 10, dir };
}

function main() {
  const { json, worst, dir } = parseArgs(process.argv.slice(2));
  if (!dir) {
    process.stderr.write('usage: npm run score -- DIR [--json] [--worst N]\n');
    process.exitCode = 2;
    return;
  }
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -4))
    .filter((name) => readdirSync(dir).includes(`${name}.json`))
    .sort();
  const scores: DocumentScore[] = [];
  for (const name of names) {
    const truth = extractionSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    try {
      scores.push(scoreDocument(name, truth, extractDocument(text).result as Partial<Extraction>));
    } catch (error) {
      scores.push(scoreDocument(name, truth, null, error instanceof Error ? error.message : String(error)));
    }
  }
  const summary = summarise(scores, worst);
  process.stdout.write(`${json ? JSON.stringify({ ...summary, perDocument: scores }, null, 2) : formatSummary(summary)}\n`);
}

main();
