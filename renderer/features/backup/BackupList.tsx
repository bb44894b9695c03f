import { Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupFileInfo, BackupLocation } from '../../../shared/ipc';
import { formatBytes } from './context';

/** A list of backups (external folder or automatic ones), newest first, each restorable. */
export function BackupList({
  location,
  files,
  onRestore,
}: {
  location: BackupLocation;
  files: BackupFileInfo[];
  onRestore: (location: BackupLocation, name: string) => void;
}) {
  const { t } = useTranslation('backup');
  return (
    <Card
      title={t(location === 'auto' ? 'list.auto' : 'list.external')}
      data-testid={`backup-list-${location}`}
    >
      {location === 'auto' && (
        <Typography.Paragraph type="secondary">{t('list.autoHint')}</Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="name"
        dataSource={files}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('list.empty') }}
        columns={[
          {
            dataIndex: 'name',
            title: t('list.name'),
            render: (name: string, f: BackupFileInfo) => (
              <>
                {name}
                {f.beforeRestore && (
                  <Tag color="orange" style={{ marginLeft: 8 }} data-testid="before-restore-tag">
                    {t('list.beforeRestore')}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'time', title: t('list.time'), render: (_v, f: BackupFileInfo) => `${f.date} ${f.time}` },
          {
            dataIndex: 'bytes',
            title: t('list.size'),
            align: 'right',
            render: (b: number) => formatBytes(b),
          },
          {
            key: 'action',
            title: '',
            render: (_v, f: BackupFileInfo) => (
              <Button size="small" onClick={() => onRestore(location, f.name)}>
                {t('action.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
