import { create } from 'zustand';
import type { ExternalBodyRecord, PersonRecord, UnitRecord } from '@shared/contract/directory';
import { call, subscribe } from '../api/client';

interface DirectoryState {
  units: UnitRecord[];
  people: PersonRecord[];
  bodies: ExternalBodyRecord[];
  includeInactive: boolean;
  isLoading: boolean;
  setIncludeInactive(value: boolean): void;
  load(): Promise<void>;
}

/** Units, people and external bodies; reloads itself when the server says the directory changed. */
export const useDirectoryStore = create<DirectoryState>((set, get) => ({
  units: [],
  people: [],
  bodies: [],
  includeInactive: false,
  isLoading: false,
  setIncludeInactive(value) {
    set({ includeInactive: value });
    void get().load();
  },
  async load() {
    set({ isLoading: true });
    const input = { includeInactive: get().includeInactive };
    try {
      const [units, people, bodies] = await Promise.all([
        call('units.list', input),
        call('people.list', input),
        call('bodies.list', input),
      ]);
      set({ units, people, bodies });
    } finally {
      set({ isLoading: false });
    }
  },
}));

export function watchDirectory(): () => void {
  return subscribe('directory.changed', () => void useDirectoryStore.getState().load());
}
