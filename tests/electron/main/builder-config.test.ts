import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const config = JSON.parse(readFileSync(join(ROOT, 'build', 'electron-builder.json'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('builds the Windows installer and portable app and the Linux AppImage and deb, named in Vietnamese', () => {
    expect(config.productName).toBe('VănThư');
    expect(config.win).toMatchObject({ target: ['nsis', 'portable'] });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.nsis).toMatchObject({ shortcutName: 'VănThư' });
  });

  it('never rebuilds the Node copy of better-sqlite3 and ships the Electron build as a resource', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([
      { from: 'node_modules/.vanthu-electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    expect(readFileSync(join(ROOT, 'electron', 'main', 'index.ts'), 'utf8')).toContain(
      "join(process.resourcesPath, 'native', 'better_sqlite3.node')",
    );
  });

  it('packs only the build output, from a package without "type": "module"', () => {
    expect(config.files).toContain('out/**/*');
    expect(pkg.type).toBeUndefined();
    expect(pkg.main).toBe('out/main/index.js');
    expect((pkg.allowScripts as Record<string, boolean>).electron).toBe(false);
  });
});
