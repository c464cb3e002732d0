import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DocumentScore, scoreDocument } from './score/score-lib';
import { formatSummary, summarise } from './score/score-summary';
import { type Extraction, extractionSchema } from './score/truth-schema';

/**
 * `npm run score -- DIR [--json] [--worst N]`: runs the extractor on every NN.txt (and seed-00N.txt)
 * of DIR that has a NN.json beside it and prints per-field accuracy, task F1, lead and deadline
 * accuracy, and the worst documents. Always exits 0 once the folder is readable.
 */
type Extract = (text: string) => { result: Partial<Extraction> };

async function loadExtractor(): Promise<Extract> {
  const candidates = ['../shared/extract/index.ts', '../shared/extract.ts'].map((path) => resolve(import.meta.dirname, path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('shared/extract is missing: the extractor has not been merged yet');
  const modulePath = pathToFileURL(found).href;
  const loaded = (await import(modulePath)) as { extractDocument?: Extract };
  if (typeof loaded.extractDocument !== 'function') throw new Error('shared/extract does not export extractDocument');
  return loaded.extractDocument;
}

function parseArgs(argv: readonly string[]) {
  const json = argv.includes('--json');
  const worstAt = argv.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(argv[worstAt + 1]) : 10;
  const dir = argv.find((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--worst');
  return { json, worst: Number.isFinite(worst) ? worst : 10, dir };
}

async function main() {
  const { json, worst, dir } = parseArgs(process.argv.slice(2));
  if (!dir) {
    process.stderr.write('usage: npm run score -- DIR [--json] [--worst N]\n');
    process.exitCode = 2;
    return;
  }
  const extract = await loadExtractor();
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
      scores.push(scoreDocument(name, truth, extract(text).result));
    } catch (error) {
      scores.push(scoreDocument(name, truth, null, error instanceof Error ? error.message : String(error)));
    }
  }
  const summary = summarise(scores, worst);
  process.stdout.write(`${json ? JSON.stringify(summary, null, 2) : formatSummary(summary)}\n`);
}

await main();
