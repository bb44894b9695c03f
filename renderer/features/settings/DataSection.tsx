import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInterchange } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { APP_VERSION } from '../../app/version';
import { db } from '../../db/database';
import { exportAll, importAll } from '../../db/interchange';
import { platform } from '../../platform';
import { savedMessage } from '../../platform/save-message';

/** Export everything as the interchange JSON (docs/data-format.md), or replace everything from one. */
export function DataSection() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

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
    const file = await platform.fileOpen({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 1024 * 1024 * 1024,
    });
    if (!file.ok) {
      if (file.error !== 'cancelled') message.error(t('data.importFailed', { reason: file.message }));
      return;
    }
    const parsed = parseInterchange(new TextDecoder().decode(file.data));
    if (!parsed.ok) {
      modal.error({
        title: t('data.importFailed', { reason: t(`data.parseError.${parsed.error}`) }),
        content: parsed.issues?.slice(0, 10).join('\n'),
      });
      return;
    }
    const s = parsed.doc.stores;
    modal.confirm({
      title: t('data.importConfirmTitle'),
      content: t('data.importConfirmBody', {
        file: file.name,
        publications: s.publications.length,
        requests: s.requests.length,
        consultations: s.consultations.length,
        appeals: s.appeals.length,
      }),
      okText: t('data.importReplace'),
      okButtonProps: { danger: true },
      cancelText: tc('action.cancel'),
      onOk: async () => {
        try {
          await importAll(db, s);
          message.success(t('data.imported'));
        } catch (err) {
          message.error(t('data.importFailed', { reason: err instanceof Error ? err.message : String(err) }));
        }
      },
    });
  };

  return (
    <Space direction="vertical">
      <Typography.Paragraph type="secondary">{t('data.explain')}</Typography.Paragraph>
      <Space>
        <Button onClick={exportJson} loading={busy} data-testid="export-json">
          {t('data.export')}
        </Button>
        <Button onClick={importJson} data-testid="import-json">
          {t('data.import')}
        </Button>
      </Space>
    </Space>
  );
}
