import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupLocation, ChannelResponse } from '../../../shared/ipc';
import { isDesktop, platform } from '../../platform';
import { AnonymiseCard } from './AnonymiseCard';
import { BackupAgeBadge } from './BackupAgeBadge';
import { BackupList } from './BackupList';
import { BrowserStorageCard } from './BrowserStorageCard';
import { previewBackup } from './backup-service';
import { FolderBackupCard } from './FolderBackupCard';
import { failureOutcome, problemOutcome } from './messages';
import { isReadOnlyData } from './NewerDataBanner';
import { type Outcome, OutcomeAlert } from './OutcomeAlert';
import { type PendingRestore, RestoreModal } from './RestoreModal';
import { useBackupStatus } from './use-backup-status';

/** 备份与恢复 (issue 5): back up to a folder, see the backups, restore with preview and confirmation. */
export default function BackupPage() {
  const { t } = useTranslation('backup');
  const { status, refresh } = useBackupStatus();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const preview = (result: ChannelResponse<'backup:openFile'>) => {
    if (!result.ok) {
      if (result.error !== 'cancelled') setOutcome(failureOutcome(t, result));
      return;
    }
    const p = previewBackup(result.data);
    if (!p.ok) {
      setOutcome(problemOutcome(t, p));
      return;
    }
    setOutcome(null);
    setPending({ name: result.name, data: result.data, header: p.header });
  };

  const openFile = async () => preview(await platform.backupOpenFile({}));
  const openListed = async (location: BackupLocation, name: string) =>
    preview(await platform.backupReadFile({ location, name }));

  // Data saved by a newer version: a backup made here would drop its newer fields, a restore would
  // overwrite it (the banner above every page says so).
  if (isReadOnlyData()) return <Typography.Paragraph>{t('readOnly')}</Typography.Paragraph>;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <BackupAgeBadge />
      </div>
      {!isDesktop && <BrowserStorageCard />}
      <FolderBackupCard status={status} onChange={refresh} />
      <Space wrap>
        <Button onClick={openFile}>{t('action.restoreFile')}</Button>
        <Button onClick={() => void refresh()}>{t('action.refresh')}</Button>
      </Space>
      {outcome && (
        <OutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} testId="restore-outcome" />
      )}
      {status?.folder && <BackupList location="external" files={status.external} onRestore={openListed} />}
      <BackupList location="auto" files={status?.auto ?? []} onRestore={openListed} />
      <AnonymiseCard />
      {pending && (
        <RestoreModal
          pending={pending}
          onClose={() => setPending(null)}
          onDone={(o) => {
            setPending(null);
            setOutcome(o);
            void refresh();
          }}
        />
      )}
    </Space>
  );
}
