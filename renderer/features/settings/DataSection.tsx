import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInterchange } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { APP_VERSION } from '../../app/version';
import { db, SCHEMA_VERSION } from '../../db/database';
import { exportAll } from '../../db/interchange';
import { isReadOnlyData } from '../backup/NewerDataBanner';
import { type Outcome, OutcomeAlert } from '../backup/OutcomeAlert';
import { type PendingRestore, previewOfDocument, RestoreModal } from '../backup/RestoreModal';
import { platform } from '../../platform';
import { savedMessage } from '../../platform/save-message';

/**
 * Export everything as the interchange JSON (docs/data-format.md), or replace everything from one.
 * The import is a restore (issue 14 item 5): the same preview, safety backup, one transaction, count
 * check, rollback and audit entry as restoring a backup (features/backup, restoreDocument).
 */
export function DataSection() {
  const { t } = useTranslation('settings');
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const readOnly = isReadOnlyData();

  const exportJson = async () => {
    setBusy(true);
    try {
      const doc = await exportAll(db, { appVersion: APP_VERSION, exportedAt: new Date().toISOString() });
      const result = await platform.fileSave({
        suggestedName: `公开台账-导出-${todayLocal()}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        data: JSON.stringify(doc, null, 1),
      });
      if (result.ok) message.success(savedMessage(t, result, 'data.exported'));
      else if (result.error !== 'cancelled')
        message.error(t('data.exportFailed', { reason: result.message }));
    } finally {
      setBusy(false);
    }
  };

  const importJson = async () => {
    setOutcome(null);
    const file = await platform.fileOpen({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 1024 * 1024 * 1024,
    });
    if (!file.ok) {
      if (file.error !== 'cancelled') message.error(t('data.importFailed', { reason: file.message }));
      return;
    }
    const parsed = parseInterchange(new TextDecoder().decode(file.data));
    // An export of a newer schema would lose the fields this version does not know: refused.
    const error = !parsed.ok
      ? parsed.error
      : parsed.doc.schemaVersion > SCHEMA_VERSION
        ? 'newerVersion'
        : null;
    if (error || !parsed.ok) {
      modal.error({
        title: t('data.importFailed', { reason: t(`data.parseError.${error}`) }),
        content: !parsed.ok ? parsed.issues?.slice(0, 10).join('\n') : undefined,
      });
      return;
    }
    setPending({
      kind: 'jsonImport',
      name: file.name,
      doc: parsed.doc,
      header: previewOfDocument(parsed.doc),
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('data.explain')}</Typography.Paragraph>
      <Space>
        <Button onClick={exportJson} loading={busy} disabled={readOnly} data-testid="export-json">
          {t('data.export')}
        </Button>
        <Button onClick={importJson} disabled={readOnly} data-testid="import-json">
          {t('data.import')}
        </Button>
      </Space>
      {outcome && <OutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} testId="import-outcome" />}
      {pending && (
        <RestoreModal
          pending={pending}
          onClose={() => setPending(null)}
          onDone={(o) => {
            setPending(null);
            setOutcome(o);
          }}
        />
      )}
    </Space>
  );
}
