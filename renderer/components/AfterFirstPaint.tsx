import { type ReactNode, startTransition, useEffect, useState } from 'react';

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
 * "lazy loading of what the first screen does not show"). Until then, `placeholder`. `frames`: after
 * that many paints — 2 draws a part after another part of the page drawn after the first paint,
 * in a task of its own. Drawn as a transition: in slices a click or a keystroke goes before, not
 * one task (设置's four forms below its profile were one of 200–230 ms after a start there).
 */
export function AfterFirstPaint({
  children,
  placeholder = null,
  frames = 1,
}: {
  children: ReactNode;
  placeholder?: ReactNode;
  frames?: number;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let cancel: () => void = () => undefined;
    const wait = (left: number) => {
      cancel = afterNextPaint(() => (left > 1 ? wait(left - 1) : startTransition(() => setShown(true))));
    };
    wait(frames);
    return () => cancel();
  }, [frames]);
  return shown ? children : placeholder;
}
