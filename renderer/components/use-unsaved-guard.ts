import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setLeaveGuard } from '../app/router';
import { formKeyDown } from './form-keys';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/** A field the officer types in: where the cursor goes back to after 继续编辑. */
function isField(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable)
  );
}

/** The field last typed in (focused), whatever took the focus since — a click on the menu does. */
let lastField: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    if (isField(event.target as Element)) lastField = event.target as HTMLElement;
  });
}

/**
 * 放弃未保存的修改？ — 放弃修改 (danger) or 继续编辑: the one question before unsaved changes are lost.
 *
 * The focus after it: 继续编辑 puts the cursor back in the field that was being typed in (the dialog
 * gave it back to what had it before — the menu item whose click asked); either answer leaves it
 * where the officer has put it since (a field clicked while the dialog fades out kept losing it to
 * the menu when the fading ended).
 */
export function askDiscard(modal: ModalApi, t: TFunction, then: { onOk: () => void; onCancel?: () => void }) {
  const trigger = document.activeElement;
  const field = isField(trigger) ? trigger : lastField;
  let kept = false;
  modal.confirm({
    title: t('common:unsaved.title'),
    content: t('common:unsaved.body'),
    okText: t('common:unsaved.discard'),
    okButtonProps: { danger: true, 'data-testid': 'discard-changes' },
    cancelText: t('common:unsaved.keepEditing'),
    cancelButtonProps: { 'data-testid': 'keep-editing' },
    focusable: { focusTriggerAfterClose: false },
    onOk: then.onOk,
    onCancel: () => {
      kept = true;
      then.onCancel?.();
    },
    afterClose: () => {
      const now = document.activeElement;
      // Moved on while the dialog faded out: left there.
      if (now && now !== document.body && !now.closest('.ant-modal-root, .ant-modal-wrap')) return;
      const back = kept && field?.isConnected ? field : trigger;
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    },
  });
}

/**
 * While `dirty.current` is true, leaving the form asks first (issue 13 item 4): every way out of a
 * register drawer (Esc, the ×, a click outside, the menu, Back) goes through the router, so one guard
 * there covers them all; closing the window or reloading is asked by the browser (beforeunload).
 * Nothing is asked when nothing was changed.
 */
export function useUnsavedGuard(dirty: RefObject<boolean>) {
  const { t } = useTranslation('common');
  const { modal } = App.useApp();

  useEffect(() => {
    let asking = false;
    const remove = setLeaveGuard((proceed) => {
      if (!dirty.current) return false;
      if (asking) return true;
      asking = true;
      askDiscard(modal, t, {
        onOk: () => {
          dirty.current = false;
          asking = false;
          proceed();
        },
        onCancel: () => {
          asking = false;
        },
      });
      return true;
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      // Older Chromium (Electron) shows the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      remove();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [dirty, modal, t]);
}

/**
 * A form outside the registers kept as the registers' forms are: changes asked about before they are
 * left behind (useUnsavedGuard), Enter moving on and Ctrl+Enter saving (formKeyDown). The save marks
 * the form clean at its start (`dirty.current = false`) and dirty again if it fails.
 *
 * `stored`: the values as stored (the form's `initialValues` at first). A newer stored version is put
 * in the fields when nothing typed is waiting — not over text typed after a save (its own values read
 * back), and without drawing the form anew (a form keyed on its values lost the cursor at each save).
 */
export function useGuardedForm(form: FormInstance, stored?: object) {
  const dirty = useRef(false);
  useUnsavedGuard(dirty);
  const storedText = stored === undefined ? undefined : JSON.stringify(stored);
  const latest = useRef(stored);
  latest.current = stored;
  useEffect(() => {
    if (storedText !== undefined && !dirty.current) form.setFieldsValue(latest.current);
  }, [storedText, form]);
  const formProps = {
    onValuesChange: () => {
      dirty.current = true;
    },
    onKeyDown: (e: KeyboardEvent<HTMLFormElement>) => formKeyDown(e, () => form.submit()),
  };
  return { dirty, formProps };
}
