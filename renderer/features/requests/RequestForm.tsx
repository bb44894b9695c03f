import { Alert, Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  APPLICANT_TYPE_CODES,
  type DisclosureRequest,
  fenToYuan,
  REQUEST_CHANNEL_CODES,
  yuanToFen,
} from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { SaveButton, SubmitProblems } from '../../components/SubmitParts';
import { useRecordSubmit } from '../../components/use-record-submit';
import { type IssuePlacement, setIssuePlacement } from '../../components/form-errors';
import { db } from '../../db/database';
import { lockedEvents } from '../../../shared/letters/event-lock';
import { eventOrder } from '../../../shared/requests/workflow';
import { lettersOfRequest } from '../../db/repositories/letters';
import { nextRequestSerial } from '../../db/repositories/registers';
import { EventsEditor, type StepLock } from './EventsEditor';

type FormEvent = Record<string, unknown> & { amountFen?: number; amountYuan?: string };

/** Stored events → form values (money shown in 元). */
function toFormEvents(events: DisclosureRequest['events']): FormEvent[] {
  return events.map((e) => ('amountFen' in e ? { ...e, amountYuan: fenToYuan(e.amountFen) } : { ...e }));
}

/**
 * The form's steps in the order the repository stores them (shared/requests eventOrder): entry k is
 * the on-screen index of the k-th stored step.
 */
export function storedOrder(events: readonly Record<string, unknown>[]): number[] {
  return eventOrder(events.map((e) => String(e.date ?? '')));
}

/** Form values → the record to validate (元 text → integer 分; unknown fields dropped by the schema). */
export function fromFormValues(values: Record<string, unknown>): unknown {
  const entered = ((values.events as FormEvent[] | undefined) ?? []).map(({ amountYuan, ...e }) => {
    if (e.type === 'feeNotice' || e.type === 'feePaid')
      return { ...e, amountFen: yuanToFen(amountYuan ?? '') ?? undefined };
    return e;
  });
  // Sent in the order the repository stores, so every check (the schema's, the workflow's, the
  // letters') counts steps alike; requestIssuePlacement takes their indices back to the screen's.
  return { ...values, events: storedOrder(entered).map((i) => entered[i]) };
}

/**
 * Where the form shows an issue of the record it sent (fromFormValues): a step's issue on that step
 * as entered on screen (`order` from storedOrder), an amount's on the 金额 typed in 元.
 */
export function requestIssuePlacement(order: () => readonly number[], t: TFunction): IssuePlacement {
  return {
    fieldOf: (path) => {
      const [list, index, field, ...rest] = path;
      if (list !== 'events' || typeof index !== 'number') return path;
      const onScreen = order()[index] ?? index;
      if (field === undefined) return ['events', onScreen];
      return ['events', onScreen, field === 'amountFen' ? 'amountYuan' : field, ...rest];
    },
    labelOf: ([name, index, field]) => {
      const known = (key: string) => t(key, { defaultValue: '' }) || undefined;
      if (name !== 'events') return known(`requests:field.${String(name)}`);
      if (typeof index !== 'number') return t('requests:section.timeline');
      const step = t('requests:event.step', { n: index + 1 });
      const part = field === undefined ? undefined : known(`requests:event.${String(field)}`);
      return part ? `${step} ${part}` : step;
    },
  };
}

export function RequestForm({
  record,
  done,
}: {
  record: DisclosureRequest | null;
  done: (id: string, saved?: unknown) => void;
}) {
  const { t } = useTranslation('requests');
  const { options } = useEnumLabel();
  const [form] = Form.useForm();
  // The steps' stored order at the last save: the refusal's issues count steps in it.
  const eventOrder = useRef<number[]>([]);
  const { status, formProps } = useRecordSubmit('requests', record?.id ?? null, form, done, {
    transform: (values) => {
      eventOrder.current = storedOrder((values.events as FormEvent[] | undefined) ?? []);
      return fromFormValues(values);
    },
  });
  useEffect(
    () =>
      setIssuePlacement(
        form,
        requestIssuePlacement(() => eventOrder.current, t),
      ),
    [form, t],
  );

  // The serial's year is the year the application was received, not the day it is typed in
  // (issue 13 item 14: received 2025-12-30, registered 2026-01-04 → 2025-NNN). A serial the
  // officer typed is kept; the one we proposed follows the received date.
  const receivedDate = Form.useWatch('receivedDate', form) as string | null | undefined;
  const receivedYear = Number((receivedDate ?? todayLocal()).slice(0, 4));
  const proposed = useRef('');
  useEffect(() => {
    if (record || !Number.isInteger(receivedYear)) return;
    let live = true;
    void nextRequestSerial(db, receivedYear).then((serial) => {
      const current = form.getFieldValue('serial') as string;
      if (!live || (current && current !== proposed.current)) return;
      proposed.current = serial;
      form.setFieldValue('serial', serial);
    });
    return () => {
      live = false;
    };
  }, [record, form, receivedYear]);

  // Steps issued letters stand for are read-only (shared/letters/event-lock.ts).
  const letters = useLiveQuery(() => (record ? lettersOfRequest(db, record.id) : []), [record?.id]);
  const locks = new Map<string, StepLock>();
  for (const [id, lock] of lockedEvents(letters ?? [])) {
    const stored = record?.events.find((e) => e.id === id);
    const receiptOpen = stored?.type === 'consultationSent' && stored.receivedByParty === null;
    locks.set(id, { number: lock.number, receiptOpen });
  }

  const today = todayLocal();
  const initial = record
    ? { ...record, events: toFormEvents(record.events) }
    : {
        serial: '',
        applicantType: 'natural',
        applicantName: '',
        applicantContact: '',
        applicantIdNumber: '',
        applicantAddress: '',
        channel: 'inPerson',
        submittedDate: today,
        receivedDate: today,
        content: '',
        form: 'paper',
        events: [],
      };

  return (
    <Form {...formProps} layout="vertical" initialValues={initial} data-testid="request-form">
      <SubmitProblems status={status} />
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="serial" label={t('field.serial')} required>
            <Input maxLength={30} data-testid="field-serial" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="channel" label={t('field.channel')} required extra={t('hint.channel')}>
            <Select data-testid="field-channel" options={options('requestChannel', REQUEST_CHANNEL_CODES)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="form" label={t('field.form')}>
            <Radio.Group options={options('requestForm', ['paper', 'electronic'])} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="submittedDate" label={t('field.submittedDate')} required>
            <DateField data-testid="field-submittedDate" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="receivedDate"
            label={t('field.receivedDate')}
            required
            extra={t('hint.receivedDate')}
          >
            <DateField data-testid="field-receivedDate" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('section.applicant')}</Divider>
      <Alert type="info" showIcon title={t('hint.personalData')} style={{ marginBottom: 12 }} />
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="applicantType" label={t('field.applicantType')} required>
            <Select
              data-testid="field-applicantType"
              options={options('applicantType', APPLICANT_TYPE_CODES)}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="applicantName" label={t('field.applicantName')} required>
            <Input maxLength={100} data-testid="field-applicantName" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="applicantContact" label={t('field.applicantContact')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="applicantIdNumber" label={t('field.applicantIdNumber')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="applicantAddress" label={t('field.applicantAddress')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label={t('field.content')} required>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="field-content" />
      </Form.Item>
      {/* Below the drawer's first screen: the timeline's steps, each a card of fields, drawn once
          the fields above are on screen (issue 17). Their values are the form's from the start. */}
      <AfterFirstPaint placeholder={<div style={{ minHeight: 120 }} />}>
        <Divider titlePlacement="start">{t('section.timeline')}</Divider>
        <EventsEditor form={form} locks={locks} />
      </AfterFirstPaint>
      <SaveButton status={status} style={{ marginTop: 16 }} />
    </Form>
  );
}
