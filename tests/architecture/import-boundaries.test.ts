import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/test-runtime';
import { checkImports, importsOf, readSources } from './import-rules';

const ROOT = resolve(__dirname, '..', '..');
const LAYERS = ['shared', 'electron', 'renderer'] as const;

describe('import boundaries (STYLE.md §9.2)', () => {
  it('holds on the whole source tree', () => {
    const files = readSources(ROOT, LAYERS);
    expect(files.length).toBeGreaterThan(40);
    expect(checkImports(files)).toEqual([]);
  });

  it('fails on bad imports planted in a temp copy of the tree', () => {
    const copy = makeTempDir('vanthu-arch-');
    for (const folder of LAYERS) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
    writeFileSync(join(copy, 'electron/services/planted.ts'), "import { app } from 'electron';\nexport const x = app;\n");
    writeFileSync(join(copy, 'shared/planted.ts'), "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n");
    mkdirSync(join(copy, 'renderer/src/planted'), { recursive: true });
    writeFileSync(
      join(copy, 'renderer/src/planted/Bad.tsx'),
      "import { openDatabase } from '../../../electron/db/connection';\nexport const z = openDatabase;\n",
    );
    writeFileSync(join(copy, 'shared/planted-up.ts'), "export { createRouter } from '../electron/api/router';\n");
    const violations = checkImports(readSources(copy, LAYERS));
    expect(violations.map((v) => [v.file, v.specifier])).toEqual(
      expect.arrayContaining([
        ['electron/services/planted.ts', 'electron'],
        ['shared/planted.ts', 'node:fs'],
        ['renderer/src/planted/Bad.tsx', '../../../electron/db/connection'],
        ['shared/planted-up.ts', '../electron/api/router'],
      ]),
    );
    expect(violations).toHaveLength(4);
  });

  it('reads static, side-effect, dynamic and require imports', () => {
    const source = "import a from 'x';\nimport 'y';\nexport * from \"z\";\nconst w = await import('w');\nconst v = require('v');\n";
    expect(importsOf(source)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });
});
