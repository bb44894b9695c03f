import { Descriptions, Form, Input, Select } from 'antd';
import type { ListColumn } from '../../components/ListTable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_CHANNELS, type Consultation, codesOf } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';
import { useFilters, RegisterFilters, yearOptions } from '../../components/filters';
import { PagedSpreadsheetActions } from '../../components/PagedSpreadsheetActions';
import { RegisterPage } from '../../components/RegisterPage';
import { usePagedList } from '../../components/use-paged-list';
import { SaveButton, SubmitProblems } from '../../components/SubmitParts';
import { useRecordSubmit } from '../../components/use-record-submit';
import { db } from '../../db/database';
import { loadConsultationRange } from '../../db/repositories/consultation-list';
import { consultationFilterOf, consultationListSource } from './consultation-reads';

const CHANNELS = codesOf(CONSULTATION_CHANNELS);

function ConsultationForm({
  record,
  done,
}: {
  record: Consultation | null;
  done: (id: string, saved?: unknown) => void;
}) {
  const { t } = useTranslation('consultations');
  const { options } = useEnumLabel();
  const [form] = Form.useForm();
  const { status, formProps } = useRecordSubmit('consultations', record?.id ?? null, form, done);
  const initial = record ?? { date: todayLocal(), channel: 'phone', topic: '', asker: '', reply: '' };
  return (
    <Form {...formProps} layout="vertical" initialValues={initial} data-testid="consultation-form">
      <SubmitProblems status={status} />
      <Form.Item name="date" label={t('field.date')} required>
        <DateField data-testid="field-date" />
      </Form.Item>
      <Form.Item name="channel" label={t('field.channel')} required>
        <Select data-testid="field-channel" options={options('consultationChannel', CHANNELS)} />
      </Form.Item>
      <Form.Item name="topic" label={t('field.topic')} required>
        <Input maxLength={300} autoFocus data-testid="field-topic" />
      </Form.Item>
      <Form.Item name="asker" label={t('field.asker')} extra={t('hint.asker')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="reply" label={t('field.reply')}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <SaveButton status={status} />
    </Form>
  );
}

function ConsultationDetail({ record: c }: { record: Consultation }) {
  const { t } = useTranslation('consultations');
  const { label } = useEnumLabel();
  return (
    <Descriptions column={1} bordered size="small" data-testid="consultation-detail">
      <Descriptions.Item label={t('field.date')}>{c.date}</Descriptions.Item>
      <Descriptions.Item label={t('field.channel')}>
        {label('consultationChannel', c.channel)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.topic')}>{c.topic}</Descriptions.Item>
      <Descriptions.Item label={t('field.asker')}>{c.asker || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.reply')}>{c.reply || '—'}</Descriptions.Item>
    </Descriptions>
  );
}

export default function ConsultationsPage() {
  const { t } = useTranslation('consultations');
  const { label, options } = useEnumLabel();
  const { get } = useFilters();
  const filter = consultationFilterOf(get);
  // 100,000 consultations over ten years (issue 8): the list pages in the date index when it can.
  const list = usePagedList(consultationListSource(filter));

  // The same columns from render to render (issue 17: see PublicationsPage).
  const columns = useMemo(
    (): ListColumn<Consultation>[] => [
      {
        title: t('field.date'),
        dataIndex: 'date',
        width: 115,
        sorter: (a, b) => a.date.localeCompare(b.date),
      },
      {
        title: t('field.channel'),
        dataIndex: 'channel',
        width: 90,
        render: (v: string) => label('consultationChannel', v),
      },
      { title: t('field.topic'), dataIndex: 'topic', ellipsis: true },
      { title: t('field.reply'), dataIndex: 'reply', ellipsis: true },
    ],
    [t, label],
  );
  return (
    <RegisterPage<Consultation>
      register="consultations"
      rows={list.rows}
      paging={list.paging}
      extraActions={
        <PagedSpreadsheetActions
          register="consultations"
          all={list.all}
          loadRange={filter.year ? () => loadConsultationRange(db, filter) : null}
        />
      }
      columns={columns}
      titleOf={(c) => c.topic}
      filters={
        <RegisterFilters
          search={t('filter.search')}
          years={yearOptions(todayLocal())}
          selects={[
            {
              name: 'channel',
              width: 110,
              placeholder: t('field.channel'),
              options: options('consultationChannel', CHANNELS),
            },
          ]}
        />
      }
      renderForm={(record, done) => <ConsultationForm record={record} done={done} />}
      renderDetail={(record) => <ConsultationDetail record={record} />}
    />
  );
}
