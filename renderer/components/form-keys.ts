import type { KeyboardEvent } from 'react';

/**
 * The keyboard model of every register form (issue 13 item 3). A bare Enter never saves: a browser
 * submits a form when Enter is pressed in a single-line field, and a half-typed record (title only,
 * today's date, default category) was stored that way. So:
 * - Ctrl+Enter (⌘+Enter) saves from anywhere in the form, as does the save button;
 * - Enter in a plain text field moves on to the next field, like Tab;
 * - Enter in a date or select field only does what the field does (commit the date, pick the option);
 * - Enter in a multi-line field starts a new line; Enter on a button presses it.
 * Enter that confirms a Chinese input method's candidate (composition) is left alone.
 */
export function formKeyDown(e: KeyboardEvent<HTMLFormElement>, save: () => void): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const target = e.target as HTMLElement;
  if (e.ctrlKey || e.metaKey) {
    e.preventDefault();
    save();
    return;
  }
  if (target.tagName !== 'INPUT') return;
  e.preventDefault();
  if (target.closest('.ant-select, .ant-picker')) return;
  focusNextField(e.currentTarget, target);
}

function focusNextField(form: HTMLElement, from: HTMLElement) {
  const fields = [...form.querySelectorAll<HTMLElement>('input, textarea')].filter(
    (el) =>
      !(el as HTMLInputElement).disabled &&
      el.tabIndex >= 0 &&
      (el as HTMLInputElement).type !== 'hidden' &&
      el.getClientRects().length > 0,
  );
  const next = fields[fields.indexOf(from) + 1];
  next?.focus();
}
