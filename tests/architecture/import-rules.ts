import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/**
 * The import direction of STYLE.md §9.2, checked on source text: which layer may import which, who
 * may import 'electron' and Node built-ins. Pure over a list of files, so a test can plant a bad one.
 */
export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

type Layer = 'shared' | 'electron-node' | 'electron-main' | 'electron-preload' | 'renderer' | 'other';

const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'zlib',
  'util',
  'events',
  'buffer',
  'module',
  'process',
  'tls',
  'dns',
  'readline',
]);

export function layerOf(path: string): Layer {
  if (path.startsWith('shared/')) return 'shared';
  if (path.startsWith('electron/main/')) return 'electron-main';
  if (path.startsWith('electron/preload/')) return 'electron-preload';
  if (path.startsWith('electron/')) return 'electron-node';
  if (path.startsWith('renderer/')) return 'renderer';
  return 'other';
}

const IMPORT_PATTERN =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(content: string): string[] {
  const found: string[] = [];
  for (const match of content.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier) found.push(specifier);
  }
  return found;
}

/** Where an import lands, as a repository path (for relative and @shared imports) or null for packages. */
function targetPath(from: string, specifier: string): string | null {
  if (specifier.startsWith('@shared/')) return `shared/${specifier.slice('@shared/'.length)}`;
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(from), specifier));
  return null;
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
}

const ALLOWED: Record<Layer, ReadonlySet<Layer>> = {
  shared: new Set(['shared']),
  'electron-node': new Set(['shared', 'electron-node']),
  'electron-main': new Set(['shared', 'electron-node', 'electron-main']),
  'electron-preload': new Set(['shared', 'electron-preload']),
  renderer: new Set(['shared', 'renderer']),
  other: new Set(['shared', 'electron-node', 'electron-main', 'electron-preload', 'renderer', 'other']),
};

export function checkImports(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (layer === 'other') continue;
    for (const specifier of importsOf(file.content)) {
      const add = (rule: string) => violations.push({ file: file.path, specifier, rule });
      if (specifier === 'electron' && layer !== 'electron-main' && layer !== 'electron-preload')
        add("only electron/main and electron/preload may import 'electron'");
      if (isNodeBuiltin(specifier) && (layer === 'shared' || layer === 'renderer' || layer === 'electron-preload'))
        add(`${layer} may not import Node built-ins`);
      if ((layer === 'shared' || layer === 'renderer') && (specifier === 'better-sqlite3' || specifier.startsWith('better-sqlite3/')))
        add(`${layer} may not open the database`);
      if (layer === 'shared' && (specifier === 'react' || specifier.startsWith('react-') || specifier.startsWith('@mantine/')))
        add('shared may not import React or Mantine');
      const target = targetPath(file.path, specifier);
      if (target !== null) {
        const targetLayer = layerOf(target);
        if (targetLayer !== 'other' && !ALLOWED[layer].has(targetLayer)) add(`${layer} may not import from ${targetLayer}`);
      }
    }
  }
  return violations;
}

/** Every .ts/.tsx/.mts file under the given top folders of root. */
export function readSources(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'out') continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) {
        files.push({ path: relative(root, full).split(sep).join('/'), content: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}
