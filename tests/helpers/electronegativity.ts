import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

export interface EngFinding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  sample: string;
}

interface EngResult {
  errors: unknown[];
  issues: Array<{
    id: string;
    file: string;
    location?: { line: number };
    severity: { name: string };
    confidence: { name: string };
    sample?: string;
  }>;
}

/**
 * Runs @doyensec/electronegativity (installed) on what ships: electron/, renderer/index.html and
 * package.json, copied to a temp folder. Two of its dependencies are swapped in the module cache
 * first: `got`, which it uses to download translations and Electron release lists (a test run
 * opens no connection; the check that needs the release list is excluded), and `typescript`,
 * because the hoisted typescript-estree would otherwise load the project's TypeScript 7, which
 * has no JavaScript API; electronegativity's own TypeScript 4 parses the sources instead.
 */
export async function runElectronegativity(): Promise<{ parseErrors: unknown[]; findings: EngFinding[] }> {
  const scan = mkdtempSync(join(tmpdir(), 'vanthu-eng-'));
  cpSync(join(ROOT, 'electron'), join(scan, 'electron'), { recursive: true });
  mkdirSync(join(scan, 'renderer'));
  cpSync(join(ROOT, 'renderer', 'index.html'), join(scan, 'renderer', 'index.html'));
  cpSync(join(ROOT, 'package.json'), join(scan, 'package.json'));

  const requireFromRoot = createRequire(join(ROOT, 'package.json'));
  const engDir = dirname(requireFromRoot.resolve('@doyensec/electronegativity/package.json'));
  const requireFromEng = createRequire(join(engDir, 'package.json'));
  const gotPath = requireFromEng.resolve('got');
  const estreeDir = dirname(requireFromEng.resolve('@typescript-eslint/typescript-estree/package.json'));
  const tsPath = createRequire(join(estreeDir, 'package.json')).resolve('typescript');
  const offline = () => Promise.reject(new Error('Không dùng mạng khi kiểm thử.'));
  const cache = requireFromRoot.cache;
  cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  cache[tsPath] = { id: tsPath, filename: tsPath, loaded: true, exports: requireFromEng('typescript') } as unknown as NodeJS.Module;

  const run = requireFromRoot('@doyensec/electronegativity') as (options: Record<string, unknown>) => Promise<EngResult>;
  const log = console.log;
  console.log = () => {};
  try {
    const result = await run({
      input: scan,
      isRelative: true,
      electronVersionOverride: '45.4.1',
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
    });
    return {
      parseErrors: result.errors,
      findings: result.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location?.line ?? 0,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        sample: issue.sample ?? '',
      })),
    };
  } finally {
    console.log = log;
  }
}
