import { App, type FormInstance, type FormProps } from 'antd';
import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterName } from '../../shared/model';
import { useSettings, writeContext } from '../app/session';
import { db } from '../db/database';
import { ValidationError } from '../db/repositories/errors';
import { createRecord, updateRecord, validateFields } from '../db/repositories/registers';
import { applyIssues } from './form-errors';
import { formKeyDown } from './form-keys';
import { useUnsavedGuard } from './use-unsaved-guard';
import { errorReason } from './error-reason';

export interface SubmitOptions {
  /** Form values → the record to validate (e.g. 元 text → 分). */
  transform?: (values: Record<string, unknown>) => unknown;
  /**
   * Asked before saving: a question the officer must accept (e.g. publishing before the review chain
   * is complete), or null to save straight away.
   */
  confirmBeforeSave?: (values: Record<string, unknown>) => { title: string; content: string } | null;
  /** The form's own reaction to a change (e.g. clearing a field that no longer applies). */
  onValuesChange?: FormProps['onValuesChange'];
}

/** A form's save state: whether a save is under way and the problems the last one found. */
export interface SubmitState {
  saving: boolean;
  problems: string[];
}

/**
 * The save state of one form, outside the form's own state (issue 17): as React state of the form's
 * component, every change (saving, then saved or refused) drew the whole form again — a publication's
 * 28 fields, one task of 60–100 ms on each save. Only the parts that show it (SaveButton,
 * SubmitProblems in SubmitParts.tsx) follow it.
 */
export interface SubmitStatus {
  get(): SubmitState;
  set(next: Partial<SubmitState>): void;
  subscribe(listener: () => void): () => void;
}

export function createSubmitStatus(): SubmitStatus {
  let state: SubmitState = { saving: false, problems: [] };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      const merged = { ...state, ...next };
      if (merged.saving === state.saving && merged.problems === state.problems) return;
      state = merged;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NO_PROBLEMS: string[] = [];

/**
 * Saves a form through the repository (which validates with the shared zod schema). Invalid input
 * shows messages next to the fields and writes nothing; other failures are reported, never swallowed.
 *
 * `formProps` go on the antd <Form>: they save (button or Ctrl+Enter — never a bare Enter, which
 * only moves on), track unsaved changes and ask before they are thrown away (issue 13 items 3–4).
 */
export function useRecordSubmit(
  register: RegisterName,
  existingId: string | null,
  form: FormInstance,
  /** After a save: the record's id and the record as saved (the register's detail opens with it). */
  done: (id: string, saved: unknown) => void,
  options: SubmitOptions = {},
) {
  const { t } = useTranslation('common');
  const { message, modal } = App.useApp();
  const settings = useSettings();
  const [status] = useState(createSubmitStatus);
  const dirty = useRef(false);
  useUnsavedGuard(dirty);
  const transform = options.transform ?? ((v) => v);

  const refused = (err: ValidationError) => {
    // A field fixed since the last refusal no longer shows that refusal's message.
    clearErrors(form);
    status.set({ problems: applyIssues(form, err.issues, t) });
    message.error(t('message.fixErrors'));
  };

  const submit = async () => {
    const raw = form.getFieldsValue(true) as Record<string, unknown>;
    const question = options.confirmBeforeSave?.(raw);
    if (question) {
      // What the save would refuse is said first: asked 确定发布吗？ and answered 仍然保存, the officer
      // was then told to fix a date (公开日期 before 成文日期) the question had not mentioned.
      try {
        validateFields(register, transform(raw));
      } catch (err) {
        if (err instanceof ValidationError) return refused(err);
        throw err;
      }
      const accepted = await modal.confirm({
        title: question.title,
        content: question.content,
        okText: t('action.saveAnyway'),
        okButtonProps: { 'data-testid': 'confirm-save' },
        cancelText: t('unsaved.keepEditing'),
      });
      if (!accepted) return;
    }
    status.set({ saving: true, problems: NO_PROBLEMS });
    try {
      const values = transform(raw);
      const ctx = writeContext(settings);
      const saved = existingId
        ? await updateRecord(db, register, existingId, values, ctx)
        : await createRecord(db, register, values, ctx);
      message.success(t('message.saved'));
      dirty.current = false;
      done(saved.id, saved);
    } catch (err) {
      if (err instanceof ValidationError) refused(err);
      else {
        status.set({
          problems: [t('message.saveFailed', { reason: errorReason(t, err) })],
        });
      }
    } finally {
      status.set({ saving: false });
    }
  };

  const formProps: Pick<FormProps, 'form' | 'onFinish' | 'onValuesChange' | 'onKeyDown'> = {
    form,
    onFinish: () => void submit(),
    onValuesChange: (changed, all) => {
      dirty.current = true;
      clearErrors(form, changedPaths(changed));
      options.onValuesChange?.(changed, all);
    },
    onKeyDown: (e: KeyboardEvent<HTMLFormElement>) => formKeyDown(e, () => form.submit()),
  };
  return { submit, status, formProps };
}

/**
 * The messages a refused save put beside fields, taken away — of `paths` (and the fields inside
 * them), or of every field. antd clears a field's errors only when it validates it, and the register
 * forms give it no rules (the repository validates): a field the officer had fixed kept showing 必填
 * beside its new value, even after the next refused save.
 */
function clearErrors(form: FormInstance, paths?: (string | number)[][]) {
  // One path inside the other: a field's own message, or one placed on the group it belongs to.
  const prefix = (a: (string | number)[], b: (string | number)[]) => a.every((part, i) => part === b[i]);
  const within = (name: (string | number)[]) =>
    !paths || paths.some((p) => (p.length <= name.length ? prefix(p, name) : prefix(name, p)));
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0 && within(f.name));
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}

/** The paths of the values in an antd `changedValues` object (a nested field: its whole path). */
export function changedPaths(changed: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof changed !== 'object' || changed === null || Object.getPrototypeOf(changed) !== Object.prototype)
    return [prefix];
  const entries = Object.entries(changed as Record<string, unknown>);
  return entries.length === 0 ? [prefix] : entries.flatMap(([k, v]) => changedPaths(v, [...prefix, k]));
}
