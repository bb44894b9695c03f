import { Button, Descriptions, Form, Input, Select, Tag } from 'antd';
import type { ListColumn } from '../../components/ListTable';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { APPEAL_KINDS, APPEAL_RESULTS, type Appeal, codesOf } from '../../../shared/model';
import { navigate } from '../../app/router';
import { todayLocal } from '../../app/session';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';
import { useFilters, RegisterFilters, yearOptions } from '../../components/filters';
import { RegisterPage } from '../../components/RegisterPage';
import { SaveButton, SubmitProblems } from '../../components/SubmitParts';
import { useRecordSubmit } from '../../components/use-record-submit';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { SpreadsheetActions } from '../import/SpreadsheetActions';
import { APPEAL_TABLES, appealFilterOf, appealListQuery } from './appeal-reads';

const KINDS = codesOf(APPEAL_KINDS);
const RESULTS = codesOf(APPEAL_RESULTS);

/**
 * Requests to link a case to, newest first (serial + subject only: no personal data needed). The one
 * the case is linked to is offered even when it was deleted since, marked so: the field shows its
 * serial, not an internal id.
 */
function useRequestOptions(linked: string | null) {
  const { t } = useTranslation('appeals');
  return (
    useLiveQuery(async () => {
      const all = await db.requests.toArray();
      return all
        .filter((r) => !r.deletedAt || r.id === linked)
        .sort((a, b) => b.serial.localeCompare(a.serial))
        .map((r) => ({
          value: r.id,
          label: `${r.serial} ${r.content.slice(0, 24)}${r.deletedAt ? ` ${t('deletedMark')}` : ''}`,
        }));
    }, [linked, t]) ?? []
  );
}

function AppealForm({
  record,
  done,
}: {
  record: Appeal | null;
  done: (id: string, saved?: unknown) => void;
}) {
  const { t } = useTranslation('appeals');
  const { options } = useEnumLabel();
  const requestOptions = useRequestOptions(record?.requestId ?? null);
  const [form] = Form.useForm();
  const { status, formProps } = useRecordSubmit('appeals', record?.id ?? null, form, done);
  const initial = record ?? {
    kind: 'review',
    requestId: null,
    caseNumber: '',
    filedDate: todayLocal(),
    result: 'pending',
    closedDate: null,
    note: '',
  };
  return (
    <Form {...formProps} layout="vertical" initialValues={initial} data-testid="appeal-form">
      <SubmitProblems status={status} />
      <Form.Item name="kind" label={t('field.kind')} required>
        <Select data-testid="field-kind" options={options('appealKind', KINDS)} />
      </Form.Item>
      <Form.Item name="requestId" label={t('field.request')} extra={t('hint.request')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          data-testid="field-requestId"
          options={requestOptions}
        />
      </Form.Item>
      <Form.Item name="caseNumber" label={t('field.caseNumber')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="filedDate" label={t('field.filedDate')} required>
        <DateField data-testid="field-filedDate" />
      </Form.Item>
      <Form.Item name="result" label={t('field.result')}>
        <Select data-testid="field-result" options={options('appealResult', RESULTS)} />
      </Form.Item>
      <Form.Item name="closedDate" label={t('field.closedDate')}>
        <DateField data-testid="field-closedDate" />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <SaveButton status={status} />
    </Form>
  );
}

function AppealDetail({ record: a }: { record: Appeal }) {
  const { t } = useTranslation('appeals');
  const { label } = useEnumLabel();
  const request = useLiveQuery(() => (a.requestId ? db.requests.get(a.requestId) : undefined), [a.requestId]);
  return (
    <Descriptions column={1} bordered size="small" data-testid="appeal-detail">
      <Descriptions.Item label={t('field.kind')}>{label('appealKind', a.kind)}</Descriptions.Item>
      <Descriptions.Item label={t('field.request')}>
        {request?.deletedAt ? (
          // Deleted since the case was entered: in the trash, restorable there (30 days).
          <span data-testid="appeal-request-deleted">
            {request.serial} {t('deletedMark')}{' '}
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate('/trash')}>
              {t('openTrash')}
            </Button>
          </span>
        ) : request ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => navigate(`/requests/${request.id}`)}
          >
            {request.serial}
          </Button>
        ) : a.requestId ? (
          t('missingRequest')
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.caseNumber')}>{a.caseNumber || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.filedDate')}>{a.filedDate}</Descriptions.Item>
      <Descriptions.Item label={t('field.result')}>{label('appealResult', a.result)}</Descriptions.Item>
      <Descriptions.Item label={t('field.closedDate')}>{a.closedDate ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.note')}>{a.note || '—'}</Descriptions.Item>
    </Descriptions>
  );
}

export default function AppealsPage() {
  const { t } = useTranslation('appeals');
  const { label, options } = useEnumLabel();
  const { get } = useFilters();
  const { querier, deps } = appealListQuery(appealFilterOf(get));
  const rows = useTablesQuery(db.name, APPEAL_TABLES, querier, deps);
  const columns: ListColumn<Appeal>[] = [
    {
      title: t('field.filedDate'),
      dataIndex: 'filedDate',
      width: 115,
      sorter: (a, b) => a.filedDate.localeCompare(b.filedDate),
    },
    { title: t('field.kind'), dataIndex: 'kind', width: 220, render: (v: string) => label('appealKind', v) },
    { title: t('field.caseNumber'), dataIndex: 'caseNumber', ellipsis: true },
    {
      title: t('field.result'),
      dataIndex: 'result',
      width: 110,
      render: (v: string) => (
        <Tag color={v === 'pending' ? 'blue' : v === 'corrected' ? 'red' : 'green'}>
          {label('appealResult', v)}
        </Tag>
      ),
    },
    {
      title: t('field.closedDate'),
      dataIndex: 'closedDate',
      width: 115,
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <RegisterPage<Appeal>
      register="appeals"
      rows={rows}
      extraActions={<SpreadsheetActions register="appeals" records={rows} />}
      columns={columns}
      titleOf={(a) => `${label('appealKind', a.kind)} ${a.caseNumber || a.filedDate}`}
      filters={
        <RegisterFilters
          search={t('filter.search')}
          years={yearOptions(todayLocal())}
          selects={[
            { name: 'kind', width: 200, placeholder: t('field.kind'), options: options('appealKind', KINDS) },
            {
              name: 'result',
              width: 110,
              placeholder: t('field.result'),
              options: options('appealResult', RESULTS),
            },
          ]}
        />
      }
      renderForm={(record, done) => <AppealForm record={record} done={done} />}
      renderDetail={(record) => <AppealDetail record={record} />}
    />
  );
}
