import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

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
  const page = current.segments[0];
  current = read();
  const notify = () => {
    for (const l of listeners) l();
  };
  // Another page: rendered in a transition (see useLocation). Within a page (a record's drawer, a
  // filter), at once, in this event, as before: a form or a filtered list shows with the address.
  if (current.segments[0] !== page) startTransition(notify);
  else flushSync(notify);
});

/**
 * The current location. A move to another page re-renders in a transition (issue 17): React then
 * renders the next page in slices, yielding to the browser between them, and keeps the current page
 * on screen until the next one is ready — a page switch was one uninterrupted task of up to 240 ms
 * (useSyncExternalStore renders its updates synchronously, never in slices). Every component's
 * update joins the one transition (or the one synchronous render), so all show the same location.
 */
export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current);
    listeners.add(update);
    // A move between this component's render and this effect.
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return location;
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
  navigate(`/${current.segments.join('/')}`, query);
}
