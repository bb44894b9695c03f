import { useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/requests/abc?year=2025`): works from file:// in Electron and from any static
 * server in browser mode, with no server rewrite rules.
 */
export interface Location {
  /** Path segments, e.g. ['requests', 'abc']. */
  segments: string[];
  query: URLSearchParams;
}

function read(): Location {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = hash.split('?');
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}

let current = read();
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = read();
  for (const l of listeners) l();
});

export function useLocation(): Location {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}

/** Navigates to a path like '/requests' or '/requests/abc', with optional query parameters. */
export function navigate(path: string, query?: Record<string, string | number | undefined | null>): void {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  window.location.hash = `#${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}

/** Replaces the query of the current location (list filters), keeping the path. */
export function setQuery(query: Record<string, string | number | undefined | null>): void {
  navigate(`/${current.segments.join('/')}`, query);
}
