import { errorReason } from '../../components/error-reason';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_NAMES } from '../../../shared/import/sheet-names';
import type { RegisterName, RegisterRecord } from '../../../shared/model';
import { navigate } from '../../app/router';
import { todayLocal } from '../../app/session';
import { db } from '../../db/database';
import { listLive } from '../../db/repositories/registers';
import { platform } from '../../platform';
import type { IpcError } from '../../../shared/ipc';
import { fileFailureText, savedMessage } from '../../platform/save-message';

/** The date a register is sorted by in the exported sheet (oldest first, as a 台账 runs). */
const DATE_OF: Record<RegisterName, string> = {
  publications: 'formedDate',
  requests: 'receivedDate',
  consultations: 'date',
  appeals: 'filedDate',
};

/** Writes a register's live records (or the given ones, e.g. the filtered list) to an .xlsx file. */
export async function saveRegisterXlsx<R extends RegisterName>(
  register: R,
  records?: readonly RegisterRecord[R][],
): Promise<
  | { ok: true; path: string; count: number; download: boolean }
  | { ok: false; cancelled: boolean; error: IpcError; message: string }
> {
  const list = [...(records ?? (await listLive(db, register)))];
  const key = DATE_OF[register];
  const dateOf = (r: RegisterRecord[R]) => String((r as unknown as Record<string, unknown>)[key] ?? '');
  list.sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const requestSerials =
    register === 'appeals' ? new Map((await db.requests.toArray()).map((r) => [r.id, r.serial])) : undefined;
  // ExcelJS is large: loaded when the officer exports, not with the register page.
  const { exportRegisterXlsx } = await import('../../../shared/import/export-xlsx');
  const data = await exportRegisterXlsx(register, list, { requestSerials });
  const res = await platform.fileSave({
    suggestedName: `${SHEET_NAMES[register]}台账-${todayLocal()}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data,
  });
  if (!res.ok)
    return { ok: false, cancelled: res.error === 'cancelled', error: res.error, message: res.message };
  return { ok: true, path: res.path, count: list.length, download: res.download === true };
}

/** "Export Excel" for a register list; pass `records` to export what the list shows. */
export function ExportXlsxButton<R extends RegisterName>({
  register,
  records,
}: {
  register: R;
  records?: RegisterRecord[R][];
}) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid={`export-xlsx-${register}`}
      onClick={async () => {
        setBusy(true);
        try {
          const res = await saveRegisterXlsx(register, records);
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
  );
}

/** Import + export buttons for a register list's toolbar (RegisterPage `extraActions`). */
export function SpreadsheetActions<R extends RegisterName>({
  register,
  records,
}: {
  register: R;
  records?: RegisterRecord[R][];
}) {
  const { t } = useTranslation('import');
  return (
    <Space>
      <Button
        icon={<UploadOutlined />}
        data-testid={`import-xlsx-${register}`}
        onClick={() => navigate('/import', { register })}
      >
        {t('export.import')}
      </Button>
      <ExportXlsxButton register={register} records={records} />
    </Space>
  );
}
