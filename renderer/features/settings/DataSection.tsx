import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, useSettings } from '../../app/session';
import { APP_VERSION } from '../../app/version';
import { isReadOnlyData } from '../backup/NewerDataBanner';
import { type Outcome, OutcomeAlert } from '../backup/OutcomeAlert';
import { buildJsonExport, openJsonImport } from '../backup/backup-service';
import { appBackupDeps } from '../backup/context';
import { problemLines } from '../backup/messages';
import { type PendingRestore, RestoreModal } from '../backup/RestoreModal';
import { platform } from '../../platform';
import { fileFailureText, savedMessage } from '../../platform/save-message';

/**
 * Export everything as the interchange JSON (docs/data-format.md), or replace everything from one.
 * The import is a restore (issue 14 item 5): the same preview, safety backup, one transaction, count
 * check, rollback and audit entry as restoring a backup (features/backup, restoreSource); the export is
 * read in the backup worker, as a backup's file is.
 */
export function DataSection() {
  const { t } = useTranslation('settings');
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const readOnly = isReadOnlyData();
  const settings = useSettings();

  const exportJson = async () => {
    setBusy(true);
    try {
      // Written in the backup worker: every record read and turned into text (hundreds of MB at county scale).
      const data = await buildJsonExport(appBackupDeps(), {
        appVersion: APP_VERSION,
        exportedAt: new Date().toISOString(),
      });
      const result = await platform.fileSave({
        suggestedName: `公开台账-导出-${todayLocal()}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        data,
      });
      if (result.ok) message.success(savedMessage(t, result, 'data.exported'));
      else if (result.error !== 'cancelled')
        message.error(t('data.exportFailed', { reason: fileFailureText(t, result) }));
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
      if (file.error !== 'cancelled')
        message.error(t('data.importFailed', { reason: fileFailureText(t, file) }));
      return;
    }
    // Decoded, parsed and validated in the backup worker (a ten-year export is hundreds of MB).
    const opened = await openJsonImport(
      appBackupDeps(),
      file.data,
      settings.anonymiseAfterYears,
      todayLocal(),
    );
    if (!opened.ok) {
      modal.error({
        title: t('data.importFailed', { reason: t(`data.parseError.${opened.error}`) }),
        // Each bad record named in the officer's language (store, number, field, rule), as a list.
        content: opened.issues?.length ? (
          <ul data-testid="import-issues" style={{ margin: 0, paddingLeft: 20 }}>
            {problemLines(t, opened.issues.slice(0, 10)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined,
      });
      return;
    }
    setPending({
      kind: 'jsonImport',
      name: file.name,
      source: opened.source,
      header: opened.header,
      retention: opened.retention,
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
          onClose={() => {
            if (pending.kind === 'jsonImport') pending.source.close();
            setPending(null);
          }}
          onDone={(o) => {
            setPending(null);
            setOutcome(o);
          }}
        />
      )}
    </Space>
  );
}
