import { create } from 'zustand';
import type { TaskSummary } from '@shared/contract/tasks';
import type { TASK_DUE_FILTERS, TASK_STATUSES } from '@shared/schemas/tasks-schema';
import { call, subscribe } from '../api/client';

export interface TaskFilters {
  unitId: number | null;
  status: Array<(typeof TASK_STATUSES)[number]>;
  openOnly: boolean;
  due: (typeof TASK_DUE_FILTERS)[number] | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  text: string | null;
  incomingId: number | null;
}

interface TasksState {
  filters: TaskFilters;
  rows: TaskSummary[];
  selected: ReadonlySet<number>;
  isLoading: boolean;
  setFilters(patch: Partial<TaskFilters>): void;
  toggle(id: number): void;
  clearSelection(): void;
  reload(): Promise<void>;
}

/** The Công việc screen: filters, the matching tasks (deadline order) and the bulk selection. */
export const useTasksStore = create<TasksState>((set, get) => ({
  filters: { unitId: null, status: [], openOnly: true, due: null, deadlineFrom: null, deadlineTo: null, text: null, incomingId: null },
  rows: [],
  selected: new Set(),
  isLoading: false,
  setFilters(patch) {
    set((state) => ({ filters: { ...state.filters, ...patch }, selected: new Set() }));
    void get().reload();
  },
  toggle(id) {
    set((state) => {
      const next = new Set(state.selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next };
    });
  },
  clearSelection() {
    set({ selected: new Set() });
  },
  async reload() {
    set({ isLoading: true });
    try {
      const { filters } = get();
      const rows = await call('tasks.list', { ...filters, status: filters.status.length > 0 ? filters.status : undefined, limit: 2000 });
      set({ rows });
    } finally {
      set({ isLoading: false });
    }
  },
}));

export function watchTasks(): () => void {
  return subscribe('tasks.changed', () => void useTasksStore.getState().reload());
}
