import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../../shared/model';
import { navigate } from '../../app/router';
import { db } from '../../db/database';
import { loadPublicationRange } from '../../db/repositories/publication-list';
import { saveRegisterXlsx, SpreadsheetActions } from '../import/SpreadsheetActions';

/**
 * Import/export buttons of the publications list. The export writes what the list shows: every
 * match when the list holds them (`all`), the whole register when unfiltered, and — when the list
 * pages a year or month in the database — that range, read only when the button is pressed.
 */
export function PublicationSpreadsheetActions({
  all,
  range,
}: {
  all: Publication[] | undefined;
  range: { year: string; month: string } | null;
}) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (all || !range) return <SpreadsheetActions register="publications" records={all} />;
  return (
    <Space>
      <Button
        icon={<UploadOutlined />}
        data-testid="import-xlsx-publications"
        onClick={() => navigate('/import', { register: 'publications' })}
      >
        {t('export.import')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid="export-xlsx-publications"
        onClick={async () => {
          setBusy(true);
          try {
            const res = await saveRegisterXlsx('publications', await loadPublicationRange(db, range));
            if (res.ok) message.success(t('export.saved', { n: res.count, path: res.path }));
            else if (!res.cancelled) message.error(t('export.failed', { reason: res.message }));
          } catch (e) {
            message.error(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
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
