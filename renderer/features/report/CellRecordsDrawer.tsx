import { Button, Drawer, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { answerOf, type RegisterName } from '../../../shared/model';
import { navigate } from '../../app/router';
import { useEnumLabel } from '../../components/enum-label';
import { useFocusReturn } from '../../components/use-focus-return';
import { db } from '../../db/database';

/** One line per record: enough to recognise it (no personal data), and a link to open it. */
interface Line {
  id: string;
  primary: string;
  date: string;
  detail: string;
  deleted: boolean;
}

export interface RecordList {
  store: RegisterName;
  ids: string[];
  title: string;
}

export function CellRecordsDrawer({ list, onClose }: { list: RecordList | null; onClose: () => void }) {
  const { t } = useTranslation('report');
  const { label } = useEnumLabel();
  // Esc (or ×) puts the keyboard back on the figure or button that opened the list.
  useFocusReturn(list !== null);
  const lines = useLiveQuery(async (): Promise<Line[]> => {
    if (!list) return [];
    const { store, ids } = list;
    if (store === 'requests') {
      return (await db.requests.bulkGet(ids)).flatMap((r) => {
        if (!r) return [];
        const answer = answerOf(r);
        return [
          {
            id: r.id,
            primary: `${r.serial} ${r.content.slice(0, 40)}`,
            date: r.receivedDate,
            detail: `${label('applicantType', r.applicantType)}${answer ? ` · ${answer.date} ${label('outcome', answer.outcome)}` : ''}`,
            deleted: Boolean(r.deletedAt),
          },
        ];
      });
    }
    if (store === 'publications') {
      return (await db.publications.bulkGet(ids)).flatMap((p) =>
        p
          ? [
              {
                id: p.id,
                primary: p.title,
                date: p.formedDate,
                detail: `${label('docKind', p.docKind)}${p.abolishedDate ? ` · ${t('drawer.abolished', { date: p.abolishedDate })}` : ''}`,
                deleted: Boolean(p.deletedAt),
              },
            ]
          : [],
      );
    }
    if (store === 'consultations') {
      return (await db.consultations.bulkGet(ids)).flatMap((c) =>
        c
          ? [
              {
                id: c.id,
                primary: c.topic,
                date: c.date,
                detail: label('consultationChannel', c.channel),
                deleted: Boolean(c.deletedAt),
              },
            ]
          : [],
      );
    }
    return (await db.appeals.bulkGet(ids)).flatMap((a) =>
      a
        ? [
            {
              id: a.id,
              primary: a.caseNumber || label('appealKind', a.kind),
              date: a.filedDate,
              detail: `${label('appealKind', a.kind)} · ${label('appealResult', a.result)}`,
              deleted: Boolean(a.deletedAt),
            },
          ]
        : [],
    );
  }, [list]);

  const columns: ColumnsType<Line> = [
    { title: t('drawer.record'), dataIndex: 'primary', ellipsis: true },
    { title: t('drawer.date'), dataIndex: 'date', width: 110 },
    { title: t('drawer.detail'), dataIndex: 'detail', ellipsis: true },
    {
      title: '',
      width: 80,
      render: (_, line) =>
        line.deleted ? (
          t('drawer.inTrash')
        ) : (
          <Button
            type="link"
            size="small"
            data-testid="open-record"
            onClick={() => list && navigate(`/${list.store}/${line.id}`)}
          >
            {t('drawer.open')}
          </Button>
        ),
    },
  ];

  return (
    <Drawer open={list !== null} onClose={onClose} size="large" title={list?.title} destroyOnHidden>
      <div data-testid="cell-records">
        {list && list.ids.length === 0 ? (
          <Empty description={t('drawer.none')} />
        ) : (
          <Table<Line>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={lines ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
          />
        )}
      </div>
    </Drawer>
  );
}
