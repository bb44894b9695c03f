import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterName } from '../../shared/model';
import { useSettings, writeContext } from '../app/session';
import { db } from '../db/database';
import { ValidationError } from '../db/repositories/errors';
import { createRecord, updateRecord } from '../db/repositories/registers';
import { applyIssues } from './form-errors';

/**
 * Saves a form through the repository (which validates with the shared zod schema). Invalid input
 * shows messages next to the fields and writes nothing; other failures are reported, never swallowed.
 */
export function useRecordSubmit(
  register: RegisterName,
  existingId: string | null,
  form: FormInstance,
  done: (id: string) => void,
  transform: (values: Record<string, unknown>) => unknown = (v) => v,
) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const settings = useSettings();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async () => {
    setSaving(true);
    setProblems([]);
    try {
      const values = transform(form.getFieldsValue(true) as Record<string, unknown>);
      const ctx = writeContext(settings);
      const saved = existingId
        ? await updateRecord(db, register, existingId, values, ctx)
        : await createRecord(db, register, values, ctx);
      message.success(t('message.saved'));
      done(saved.id);
    } catch (err) {
      if (err instanceof ValidationError) {
        setProblems(applyIssues(form, err.issues, t));
        message.error(t('message.fixErrors'));
      } else {
        setProblems([t('message.saveFailed', { reason: err instanceof Error ? err.message : String(err) })]);
      }
    } finally {
      setSaving(false);
    }
  };
  return { submit, saving, problems };
}
