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

function searchOf(): string {
  return window.location.hash.split('?')[1] ?? '';
}

function read(): Location {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = hash.split('?');
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}

/**
 * Asked before the app leaves the current location (a form with unsaved changes): returns true when
 * it takes over (asks the officer, then calls `proceed` to go on), false to let the move happen.
 */
export type LeaveGuard = (proceed: () => void) => boolean;
let guard: LeaveGuard | null = null;

/** Installs the guard; returns its remover (which leaves a newer guard in place). */
export function setLeaveGuard(g: LeaveGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

let current = read();
let currentSearch = searchOf();
const listeners = new Set<() => void>();
/** Set when a move was already let through by the guard. */
let allowed = false;

function setHash(hash: string) {
  if (window.location.hash === hash) return;
  allowed = true;
  window.location.hash = hash;
}

window.addEventListener('hashchange', (event) => {
  if (!allowed && guard) {
    // A move made outside navigate() (Back button, a typed address): put the old address back while
    // the guard asks; the move happens only if the officer chooses to discard.
    const target = window.location.hash;
    if (guard(() => setHash(target))) {
      history.replaceState(history.state, '', event.oldURL);
      return;
    }
  }
  allowed = false;
  const page = address.location.segments[0] ?? '';
  const search = address.search;
  address = { location: read(), search: searchOf() };
  const next = address.location.segments[0] ?? '';
  if (next !== page) pageChangeHook?.(next, address.location.query);
  else if (address.search !== search) {
    // A filter of the same page: the app is told once the page's reads for it are in (bounded by
    // the hook), so the page is drawn once with them — the filter's control and the rows together —
    // not first with the rows of the filter before (issue 17).
    const reading = queryChangeHook?.(next, address.location.query);
    if (reading) {
      const waiting = ++changes;
      const show = () => {
        if (waiting === changes) tell();
      };
      void reading.then(show, show);
      return;
    }
  }
  changes += 1;
  tell();
});

/** The address now: what setFilter builds on. The app is told of it by `tell` (`current`). */
let address = { location: current, search: currentSearch };
/** Moves of the address: a filter's redraw waiting for its reads is dropped when another move follows. */
let changes = 0;

/** The app's location becomes the address's, and every component following it is told. */
function tell() {
  current = address.location;
  currentSearch = address.search;
  for (const l of listeners) l();
}

let queryChangeHook: ((page: string, query: URLSearchParams) => Promise<unknown> | null) | null = null;

/**
 * Called when the address's query changes within a page (a list's filter, the dashboard's year):
 * a returned promise holds the app's move to the new address until it settles — routes.tsx reads
 * the page's rows for the new filter there, at most a moment, so the page is drawn once with them
 * (issue 17). currentQuery() gives the new address at once (a second filter chosen meanwhile keeps
 * the first); the components following the location see it when the app is told.
 */
export function setQueryChangeHook(
  hook: ((page: string, query: URLSearchParams) => Promise<unknown> | null) | null,
): void {
  queryChangeHook = hook;
}

let pageChangeHook: ((page: string, query: URLSearchParams) => void) | null = null;

/**
 * Called when the address moves to another page (its first path segment, '' for the home page),
 * before the app is told and draws it: routes.tsx begins a page's first reads there (issue 17).
 */
export function setPageChangeHook(hook: ((page: string, query: URLSearchParams) => void) | null): void {
  pageChangeHook = hook;
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * The query of the current location as text (`year=2025&q=…`): a register page, which reads its
 * filters from it, re-renders when a filter changes, not when a record's drawer opens or closes
 * (issue 17: that re-rendered the page's filter bar and list on every record opened).
 */
export function useQueryText(): string {
  return useSyncExternalStore(subscribe, () => currentSearch);
}

/** One query parameter of the current location ('' when absent); re-renders when it changes only. */
export function useQueryValue(key: string): string {
  return useSyncExternalStore(subscribe, () => current.query.get(key) ?? '');
}

/** The current location's query, read when it is needed (e.g. to change one filter and keep the rest). */
export function currentQuery(): URLSearchParams {
  return address.location.query;
}

/**
 * The current page only (the first path segment): a component that shows which page is open — the
 * app's shell with its menu and title — re-renders when the page changes, not on every move within
 * a page (a filter, a record's drawer), which only the page itself follows (issue 17).
 */
export function usePagePath(): string {
  return useSyncExternalStore(subscribe, () => current.segments[0] ?? '');
}

/** Navigates to a path like '/requests' or '/requests/abc', with optional query parameters. */
export function navigate(path: string, query?: Record<string, string | number | undefined | null>): void {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  const hash = `#${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
  if (guard?.(() => setHash(hash))) return;
  setHash(hash);
}

/** Replaces the query of the current location (list filters), keeping the path. */
export function setQuery(query: Record<string, string | number | undefined | null>): void {
  navigate(`/${address.location.segments.join('/')}`, query);
}
