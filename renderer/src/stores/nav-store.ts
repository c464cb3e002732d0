import { create } from 'zustand';

/** The screens of the shell, keyed by the path segment shown in the address (#/van-ban-den). */
export const ROUTES = ['home', 'intake', 'incoming', 'outgoing', 'drafts', 'tasks', 'reports', 'search', 'directory', 'settings'] as const;
export type RouteName = (typeof ROUTES)[number];

export const ROUTE_PATHS: Record<RouteName, string> = {
  home: '',
  intake: 'tiep-nhan',
  incoming: 'van-ban-den',
  outgoing: 'van-ban-di',
  drafts: 'du-thao',
  tasks: 'cong-viec',
  reports: 'bao-cao',
  search: 'tim-kiem',
  directory: 'danh-muc',
  settings: 'cai-dat',
};

export interface Location {
  route: RouteName;
  /** Path segments after the route: #/danh-muc/don-vi → ['don-vi']. */
  rest: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  const route = (Object.keys(ROUTE_PATHS) as RouteName[]).find((r) => ROUTE_PATHS[r] === first) ?? 'home';
  return { route, rest, params: new URLSearchParams(query) };
}

export function hrefFor(route: RouteName, rest: readonly string[] = [], params?: Record<string, string>): string {
  const path = [ROUTE_PATHS[route], ...rest].filter(Boolean).join('/');
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

interface NavState {
  location: Location;
  navigate(route: RouteName, rest?: readonly string[], params?: Record<string, string>): void;
  sync(): void;
}

/** A tiny hash router: the address bar is the source of truth, so reload and back work. */
export const useNav = create<NavState>((set) => ({
  location: parseHash(typeof window === 'undefined' ? '' : window.location.hash),
  navigate(route, rest = [], params) {
    window.location.hash = hrefFor(route, rest, params);
    set({ location: parseHash(window.location.hash) });
  },
  sync() {
    set({ location: parseHash(window.location.hash) });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useNav.getState().sync());
}
