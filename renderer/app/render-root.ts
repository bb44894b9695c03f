import { type ReactNode, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * The app's first render, drawn in a transition (issue 17): React then renders the shell and the
 * first page in slices of a few milliseconds, yielding to the browser between them, instead of in
 * one task. At county scale that task — the shell and the dashboard's figures — was the start's
 * longest, 206–268 ms (the limit: 200 ms); in slices the longest is the first layout that
 * follows (start-ab, docs/performance.md, eighteenth pass). The render's work is the same: the
 * first screen is not later.
 */
export function renderRoot(container: Element, node: ReactNode): Root {
  const root = createRoot(container);
  startTransition(() => root.render(node));
  return root;
}
