import { describe, expect, it } from 'vitest';
import { CONTRACT, CONTRACT_SLICES } from '@shared/contract';
import { API_EVENTS } from '@shared/contract/events';
import { API_METHODS } from '@shared/contract/methods';
import { createTestRuntime } from '../../helpers/test-runtime';
import { createHandlers } from '../../../electron/api/handlers';
import { nodeNativeHost } from '../../../electron/services/native-host';

describe('the API contract', () => {
  it('lists the same methods in the contract, the preload allowlist and the handlers', async () => {
    const runtime = createTestRuntime();
    try {
      const handlers = createHandlers(runtime.ctx, { mode: 'web', jobs: runtime.jobs, native: nodeNativeHost() });
      const contractKeys = Object.keys(CONTRACT).sort();
      expect([...API_METHODS].sort()).toEqual(contractKeys);
      expect(Object.keys(handlers).sort()).toEqual(contractKeys);
    } finally {
      await runtime.dispose();
    }
  });

  it('never declares one method name in two slices', () => {
    const names = CONTRACT_SLICES.flatMap((slice) => Object.keys(slice));
    expect(names.length).toBe(new Set(names).size);
    expect(names.length).toBe(Object.keys(CONTRACT).length);
  });

  it('names methods domain.verbNoun and events domain.pastTense', () => {
    for (const name of API_METHODS) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
    for (const name of API_EVENTS) expect(name).toMatch(/^[a-z]+\.[a-z]+ed$/);
  });

  it('marks every method that changes data as a write needing more than a session', () => {
    // Guarded by their own rule instead of a session: the first administrator can only be created
    // while no account exists, and recovery only writes while the database is damaged (then nothing else runs).
    const guardedPublicWrites = ['auth.setupAdmin', 'recovery.restore'];
    for (const [name, def] of Object.entries(CONTRACT)) {
      if (def.isWrite && !guardedPublicWrites.includes(name)) expect([name, def.permission]).not.toEqual([name, 'public']);
    }
  });
});
