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
/** Every form on screen with its guard (Settings holds several): the newest asked first. */
const guards: LeaveGuard[] = [];

/** Installs a guard; returns its remover (which leaves the others in place). */
export function setLeaveGuard(g: LeaveGuard): () => void {
  guards.push(g);
  return () => {
    const at = guards.indexOf(g);
    if (at >= 0) guards.splice(at, 1);
  };
}

/** True when a guard takes the move over (one question for all the forms with unsaved changes). */
const guarded = (proceed: () => void) => guards.toReversed().some((g) => g(proceed));

/**
 * Runs `move` — a change of view that is not an address, such as a step of 首次使用 — once every
 * form on screen with unsaved changes is answered for (放弃修改), at once when there is none.
 */
export function leaveThen(move: () => void): void {
  if (guarded(move)) return;
  move();
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
  if (!allowed && guards.length > 0) {
    // A move made outside navigate() (Back button, a typed address): put the old address back while
    // the guard asks; the move happens only if the officer chooses to discard.
    const target = window.location.hash;
    if (guarded(() => setHash(target))) {
      history.replaceState(history.state, '', event.oldURL);
      return;
    }
  }
  allowed = false;
  const page = current.segments[0] ?? '';
  current = read();
  currentSearch = searchOf();
  if ((current.segments[0] ?? '') !== page) pageChangeHook?.(current.segments[0] ?? '', current.query);
  for (const l of listeners) l();
});

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
  return current.query;
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
  if (guarded(() => setHash(hash))) return;
  setHash(hash);
}

/** Replaces the query of the current location (list filters), keeping the path. */
export function setQuery(query: Record<string, string | number | undefined | null>): void {
  navigate(`/${current.segments.join('/')}`, query);
}
