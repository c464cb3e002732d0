import { create } from 'zustand';
import type { AppInfo } from '@shared/contract/app';
import type { AgencyProfile } from '@shared/contract/directory';
import { call, subscribe } from '../api/client';

interface AppState {
  info: AppInfo | null;
  agency: AgencyProfile | null;
  loadError: string | null;
  load(): Promise<void>;
  /** The agency profile needs a signed-in user; loaded once one is. */
  loadAgency(): Promise<void>;
  setAgency(agency: AgencyProfile): void;
}

/** What the shell needs: app info (mode, today, data folder, recovery) and the agency profile. */
export const useAppStore = create<AppState>((set) => ({
  info: null,
  agency: null,
  loadError: null,
  async load() {
    try {
      set({ info: await call('app.info', {}), loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async loadAgency() {
    try {
      const agency = await call('agency.get', {});
      set((state) => ({ agency, info: state.info && agency ? { ...state.info, isSetUp: true } : state.info }));
    } catch {
      // Signed out or locked meanwhile: the auth store shows the right screen.
    }
  },
  setAgency(agency) {
    set((state) => ({ agency, info: state.info ? { ...state.info, isSetUp: true } : state.info }));
  },
}));

export function watchAgency(): () => void {
  return subscribe('directory.changed', (payload) => {
    if (payload.entity === 'agency') void call('agency.get', {}).then((agency) => agency && useAppStore.getState().setAgency(agency));
  });
}
