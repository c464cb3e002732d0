import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runElectronegativity } from '../../helpers/electronegativity';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The high and medium findings that remain, each reviewed and justified in docs/SECURITY.md under
 * its id. Anything else fails the test: fix it, or review it and add it here and there.
 */
const ACCEPTED = [
  { id: 'PRELOAD_JS_CHECK', file: 'electron/main/window/main-window.ts' },
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/window/main-window.ts' },
];

describe('electronegativity (Electron security checklist, static)', () => {
  it('finds no high or medium issue other than the reviewed ones, each justified in docs/SECURITY.md', async () => {
    const { parseErrors, findings } = await runElectronegativity();
    expect(parseErrors).toEqual([]);
    const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM').map((f) => ({ id: f.id, file: f.file }));
    expect(serious).toEqual(expect.arrayContaining(ACCEPTED));
    expect(serious).toHaveLength(ACCEPTED.length);
    const security = readFileSync(join(ROOT, 'docs', 'SECURITY.md'), 'utf8');
    for (const accepted of ACCEPTED) expect(security).toContain(accepted.id);
  }, 60_000);
});
