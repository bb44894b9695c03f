import { type ReactNode, useEffect, useState } from 'react';

/**
 * Renders `children` once the page around it has been painted: for parts below the first screen
 * (the catalogue's numbering rule and guide), so the first screen does not wait for them (issue 17:
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
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after this commit is painted; the timer runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return shown ? children : placeholder;
}
