import { errorReason } from './error-reason';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterName, RegisterRecord } from '../../shared/model';
import { navigate } from '../app/router';
import { saveRegisterXlsx, SpreadsheetActions } from '../features/import/SpreadsheetActions';
import { fileFailureText, savedMessage } from '../platform/save-message';

/**
 * Import/export buttons of a list that pages in the database (issue 8). The export writes what the
 * list shows: every match when the list holds them (`all`), the whole register when unfiltered, and
 * when the list pages a year or month, that range — read only when the button is pressed.
 */
export function PagedSpreadsheetActions<R extends RegisterName>({
  register,
  all,
  loadRange,
}: {
  register: R;
  all: RegisterRecord[R][] | undefined;
  /** Set when a year/month filter is on and the list pages it in the database. */
  loadRange: (() => Promise<RegisterRecord[R][]>) | null;
}) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (all || !loadRange) return <SpreadsheetActions register={register} records={all} />;
  return (
    <Space>
      <Button
        icon={<UploadOutlined />}
        data-testid={`import-xlsx-${register}`}
        onClick={() => navigate('/import', { register })}
      >
        {t('export.import')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid={`export-xlsx-${register}`}
        onClick={async () => {
          setBusy(true);
          try {
            const res = await saveRegisterXlsx(register, await loadRange());
            if (res.ok)
              message.success(savedMessage(t, { ...res, bytes: 0 }, 'export.saved', { n: res.count }));
            else if (!res.cancelled) message.error(t('export.failed', { reason: fileFailureText(t, res) }));
          } catch (e) {
            message.error(t('export.failed', { reason: errorReason(t, e) }));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('export.button')}
      </Button>
    </Space>
  );
}
