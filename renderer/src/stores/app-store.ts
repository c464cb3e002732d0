import { create } from 'zustand';
import type { AppInfo } from '@shared/contract/app';
import type { AgencyProfile } from '@shared/contract/directory';
import { call, subscribe } from '../api/client';

interface AppState {
  info: AppInfo | null;
  agency: AgencyProfile | null;
  loadError: string | null;
  load(): Promise<void>;
  setAgency(agency: AgencyProfile): void;
}

/** What the shell needs: app info (mode, today, data folder) and the agency profile. */
export const useAppStore = create<AppState>((set) => ({
  info: null,
  agency: null,
  loadError: null,
  async load() {
    try {
      const [info, agency] = await Promise.all([call('app.info', {}), call('agency.get', {})]);
      set({ info, agency, loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
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
