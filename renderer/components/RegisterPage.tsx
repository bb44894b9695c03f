import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterName } from '../../shared/model';
import { navigate, useLocation } from '../app/router';
import { useSettings, writeContext } from '../app/session';
import { db } from '../db/database';
import { deleteRecord } from '../db/repositories/registers';

interface Row {
  id: string;
}

interface Props<T extends Row> {
  register: RegisterName;
  rows: T[] | undefined;
  total?: number;
  columns: ColumnsType<T>;
  filters: ReactNode;
  extraActions?: ReactNode;
  /** The create/edit form; `record` null = new. Call `done(id)` after saving. */
  renderForm: (record: T | null, done: (id: string) => void) => ReactNode;
  renderDetail: (record: T) => ReactNode;
  titleOf: (record: T) => string;
}

/**
 * The shape every register shares: filters, a sortable paged list, a form drawer (#/reg/new,
 * #/reg/<id>/edit) and a detail drawer (#/reg/<id>) with edit and delete-to-trash.
 */
export function RegisterPage<T extends Row>(props: Props<T>) {
  const { register, rows, columns } = props;
  const { t } = useTranslation('common');
  const { segments, query } = useLocation();
  const settings = useSettings();
  const { modal, message } = App.useApp();
  const back = () => navigate(`/${register}`, Object.fromEntries(query.entries()));
  const [, sub, mode] = segments;
  const selected = sub && sub !== 'new' ? rows?.find((r) => r.id === sub) : undefined;
  const formOpen = sub === 'new' || (Boolean(selected) && mode === 'edit');
  const detailOpen = Boolean(selected) && mode !== 'edit';

  const confirmDelete = (record: T) => {
    modal.confirm({
      title: t('confirm.deleteTitle'),
      content: t('confirm.deleteBody', { title: props.titleOf(record), days: 30 }),
      okText: t('action.delete'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: async () => {
        await deleteRecord(db, register, record.id, writeContext(settings));
        message.success(t('message.movedToTrash'));
        back();
      },
    });
  };

  return (
    <div data-testid={`register-${register}`}>
      <div style={{ display: 'flex', gap: 12, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>{props.filters}</div>
        <Space>
          {props.extraActions}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="new-record"
            onClick={() => navigate(`/${register}/new`)}
          >
            {t('action.new')}
          </Button>
        </Space>
      </div>
      <Table<T>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={rows}
        columns={columns}
        onRow={(record) => ({
          onClick: () => navigate(`/${register}/${record.id}`),
          style: { cursor: 'pointer' },
        })}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('list.total', { n }) }}
      />
      <Drawer
        open={formOpen}
        width={720}
        destroyOnHidden
        title={sub === 'new' ? t('action.new') : t('action.edit')}
        onClose={back}
      >
        {formOpen && props.renderForm(selected ?? null, (id) => navigate(`/${register}/${id}`))}
      </Drawer>
      <Drawer
        open={detailOpen}
        width={720}
        destroyOnHidden
        title={selected ? props.titleOf(selected) : ''}
        onClose={back}
        extra={
          selected && (
            <Space>
              <Button data-testid="edit-record" onClick={() => navigate(`/${register}/${selected.id}/edit`)}>
                {t('action.edit')}
              </Button>
              <Button danger data-testid="delete-record" onClick={() => confirmDelete(selected)}>
                {t('action.delete')}
              </Button>
            </Space>
          )
        }
      >
        {selected && props.renderDetail(selected)}
      </Drawer>
      {sub && sub !== 'new' && rows && !selected && (
        <Typography.Text type="warning">{t('list.recordNotInList')}</Typography.Text>
      )}
    </div>
  );
}
