import { useEffect, useRef } from 'react';

/**
 * The keyboard's place kept across a drawer: what had the focus when the drawer opened (a report
 * figure pressed with Enter, a button) gets it back as soon as the drawer closes. rc-drawer gives it
 * back only at the end of its closing animation, and not at all when the drawer is closed while
 * still opening (Esc pressed at once): the focus then fell to the page's top.
 */
export function useFocusReturn(open: boolean): void {
  const trigger = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while the opening render runs: before the drawer's own effects move the focus into it.
  if (open && !wasOpen.current) {
    const active = document.activeElement;
    trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const el = trigger.current;
    trigger.current = null;
    const active = document.activeElement;
    // Unless the officer has already gone elsewhere (the focus neither in a drawer nor nowhere).
    const left = !active || active === document.body || active.closest('.ant-drawer') !== null;
    if (el?.isConnected && left) el.focus({ preventScroll: true });
  }, [open]);
}
