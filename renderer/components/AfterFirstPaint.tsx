import { type ReactNode, useEffect, useState } from 'react';

/**
 * Calls `fn` in the task after the next frame is painted (the frame after the current commit); returns
 * its cancel, for an effect's clean-up.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Renders `children` once the page around it has been painted: for parts below the first screen
 * (the catalogue's numbering rule and guide, the dashboard's lower cards, the report's text sections),
 * so the first screen does not wait for them (issue 17:
 * "lazy loading of what the first screen does not show"). Until then, `placeholder`.
 */
export function AfterFirstPaint({
  children,
  placeholder = null,
}: {
  children: ReactNode;
  placeholder?: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => afterNextPaint(() => setShown(true)), []);
  return shown ? children : placeholder;
}
