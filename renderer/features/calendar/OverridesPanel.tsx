import { Button, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarOverride } from '../../../shared/model';
import { DateField } from '../../components/DateField';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';

/** The officer's adjustments for the shown year: add one, remove one. */
export function OverridesPanel({
  overrides,
  onAdd,
  onRemove,
}: {
  overrides: CalendarOverride[];
  onAdd: (o: CalendarOverride) => Promise<boolean>;
  onRemove: (date: string) => void;
}) {
  const { t } = useTranslation('clock');
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<CalendarOverride['kind']>('holiday');
  const [note, setNote] = useState('');
  // A day or a note entered and not added: leaving the page or the year asks first, as the
  // registers' forms do (it was dropped without a word).
  const dirty = useRef(false);
  useEffect(() => {
    dirty.current = date !== null || note.trim() !== '';
  }, [date, note]);
  useUnsavedGuard(dirty);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <div style={{ width: 150 }}>
          <DateField
            data-testid="override-date"
            value={date}
            onChange={setDate}
            placeholder={t('calendar.date')}
          />
        </div>
        <Select
          aria-label={t('calendar.kindLabel')}
          data-testid="override-kind"
          value={kind}
          style={{ width: 100 }}
          onChange={setKind}
          options={[
            { value: 'holiday', label: t('calendar.asHoliday') },
            { value: 'workday', label: t('calendar.asWorkday') },
          ]}
        />
        <Input
          data-testid="override-note"
          style={{ width: 220 }}
          value={note}
          placeholder={t('calendar.note')}
          aria-label={t('calendar.note')}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          type="primary"
          disabled={!date}
          data-testid="override-add"
          onClick={async () => {
            if (date && (await onAdd({ date, kind, note }))) {
              setDate(null);
              setNote('');
            }
          }}
        >
          {t('calendar.add')}
        </Button>
      </Space>
      <Table<CalendarOverride>
        size="small"
        rowKey="date"
        data-testid="override-table"
        dataSource={overrides}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('calendar.noOverrides') }}
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', width: 104 },
          {
            title: t('calendar.kindLabel'),
            dataIndex: 'kind',
            width: 72,
            render: (k: CalendarOverride['kind']) => (
              <Typography.Text type={k === 'holiday' ? 'danger' : undefined}>
                {t(k === 'holiday' ? 'calendar.asHoliday' : 'calendar.asWorkday')}
              </Typography.Text>
            ),
          },
          // The side panel is narrow: the column says 备注, the field above gives the example.
          { title: t('calendar.noteColumn'), dataIndex: 'note', ellipsis: true },
          {
            key: 'remove',
            width: 64,
            render: (_: unknown, o) => (
              <Popconfirm title={`${t('calendar.remove')} ${o.date}?`} onConfirm={() => onRemove(o.date)}>
                <Button type="link" size="small" danger data-testid={`override-remove-${o.date}`}>
                  {t('calendar.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
