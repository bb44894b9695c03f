import { App, Button, Empty, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localTimeText, type RegisterName } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { db } from '../../db/database';
import { listTrash, restoreRecord, TRASH_DAYS, type TrashItem } from '../../db/repositories/registers';

/**
 * What the officer knows a deleted record by. A case without a 案号 (often so while it is pending) is
 * named by its kind and filing date — as its delete question named it — not left blank.
 */
function titleOf(item: TrashItem, label: ReturnType<typeof useEnumLabel>['label']): string {
  const r = item.record as unknown as Record<string, string>;
  if (item.register === 'appeals')
    return `${label('appealKind', r.kind ?? '')} ${r.caseNumber || r.filedDate || ''}`;
  return r.title ?? r.topic ?? (r.serial ? `${r.serial} ${r.content?.slice(0, 30) ?? ''}` : (r.id ?? ''));
}

/** Deleted records, restorable for 30 days (older ones are purged at start-up). */
export default function TrashPage() {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const { label } = useEnumLabel();
  const settings = useSettings();
  const items = useLiveQuery(() => listTrash(db), []);
  const daysLeft = (deletedAt: string) =>
    Math.max(0, TRASH_DAYS - Math.floor((Date.now() - Date.parse(deletedAt)) / 86_400_000));

  return (
    <div data-testid="trash">
      <Typography.Paragraph type="secondary">{t('trash.explain', { days: TRASH_DAYS })}</Typography.Paragraph>
      <Table<TrashItem>
        rowKey={(i) => `${i.register}:${i.record.id}`}
        loading={items === undefined}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('trash.empty')} /> }}
        columns={[
          {
            title: t('trash.register'),
            dataIndex: 'register',
            width: 140,
            render: (r: RegisterName) => <Tag>{t(`nav.${r}`)}</Tag>,
          },
          {
            title: t('trash.title'),
            key: 'title',
            ellipsis: true,
            render: (_: unknown, i) => titleOf(i, label),
          },
          {
            title: t('trash.deletedAt'),
            key: 'deletedAt',
            width: 180,
            render: (_: unknown, i) => (i.record.deletedAt ? localTimeText(i.record.deletedAt) : ''),
          },
          {
            title: t('trash.daysLeft'),
            key: 'left',
            width: 110,
            render: (_: unknown, i) => daysLeft(i.record.deletedAt ?? ''),
          },
          {
            title: '',
            key: 'restore',
            width: 100,
            render: (_: unknown, i) => (
              <Button
                size="small"
                data-testid="restore-record"
                onClick={async () => {
                  await restoreRecord(db, i.register, i.record.id, writeContext(settings));
                  message.success(t('trash.restored'));
                }}
              >
                {t('action.restore')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
