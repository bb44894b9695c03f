import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  ConfigProvider,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTCOME_GROUPS, OUTCOMES, type RequestEvent, yuanToFen } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';

export const EVENT_TYPES: RequestEvent['type'][] = [
  'correctionAsked',
  'correctionReceived',
  'consultationSent',
  'consultationReplied',
  'extension',
  'feeNotice',
  'feePaid',
  'answered',
];

/** The official outcome list grouped as in 表三, for a Select. */
export function useOutcomeOptions() {
  const { label } = useEnumLabel();
  return OUTCOME_GROUPS.map((g) => ({
    label: label('outcomeGroup', g.code),
    title: g.code,
    options: OUTCOMES.filter((o) => o.group === g.code).map((o) => ({
      value: o.code,
      label: label('outcome', o.code),
    })),
  }));
}

/** A step an issued letter stands for (shared/letters/event-lock.ts), as the form shows it. */
export interface StepLock {
  /** The 文号 of the letter to correct. */
  number: string;
  /** A consultation's party receipt not yet recorded: it may still be filled in. */
  receiptOpen: boolean;
}

/**
 * The request's timeline: each event with the fields its type needs. Money is typed in 元 as text
 * (`amountYuan`) and converted to 分 on save (see RequestForm). A step an issued letter stands for
 * is read-only but for its note, with what to do instead (issue a correcting letter); the repository
 * refuses the change too (renderer/db/repositories/registers.ts).
 */
export function EventsEditor({
  form,
  locks = new Map(),
}: {
  form: FormInstance;
  locks?: ReadonlyMap<string, StepLock>;
}) {
  const { t } = useTranslation('requests');
  const { label, options } = useEnumLabel();
  const { t: tc } = useTranslation('common');
  const outcomeOptions = useOutcomeOptions();
  const consultationLabel = (e: { date: string; party?: string; partyName?: string }) =>
    [
      label('eventType', 'consultationSent'),
      e.date ?? '',
      e.party ? label('consultParty', e.party) : '',
      e.partyName,
    ]
      .filter(Boolean)
      .join(' ');
  const moneyRule = {
    validator: (_: unknown, v: string | undefined) =>
      v === undefined || v === '' || yuanToFen(v) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(tc('validation.money'))),
  };
  // `id` has no Form.Item: only a watch that preserves unregistered values sees it (issue 13 item 1 —
  // without it every option's value was undefined and a reply could not name its consultation).
  const events = (Form.useWatch('events', { form, preserve: true }) ?? []) as {
    id: string;
    type: string;
    date: string;
  }[];
  const sentOptions = events
    .filter((e) => e?.type === 'consultationSent' && e.id)
    .map((e) => ({ value: e.id, label: consultationLabel(e) }));

  return (
    <Form.List name="events">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => {
            const type = events[field.name]?.type;
            const lock = locks.get(events[field.name]?.id ?? '');
            return (
              <ConfigProvider componentDisabled={Boolean(lock)} key={field.key}>
                <Card
                  size="small"
                  style={{ marginBottom: 8 }}
                  data-testid={`event-${field.name}`}
                  extra={
                    lock ? null : (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('event.remove')}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                  title={
                    <Row gutter={8} style={{ paddingTop: 8 }}>
                      <Col span={12}>
                        <Form.Item name={[field.name, 'type']} style={{ marginBottom: 8 }}>
                          <Select data-testid="event-type" options={options('eventType', EVENT_TYPES)} />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item name={[field.name, 'date']} style={{ marginBottom: 8 }}>
                          <DateField data-testid="event-date" />
                        </Form.Item>
                      </Col>
                    </Row>
                  }
                >
                  {lock && (
                    <Alert
                      type="info"
                      showIcon
                      style={{ marginBottom: 8 }}
                      data-testid="event-locked"
                      title={t('event.lockedByLetter', { number: lock.number })}
                    />
                  )}
                  <Row gutter={8}>
                    {type === 'correctionAsked' && (
                      <Col span={12}>
                        <Form.Item name={[field.name, 'dueBy']} label={t('event.dueBy')}>
                          <DateField data-testid="event-dueBy" />
                        </Form.Item>
                      </Col>
                    )}
                    {type === 'consultationSent' && (
                      <>
                        <Col span={8}>
                          <Form.Item
                            name={[field.name, 'party']}
                            label={t('event.party')}
                            initialValue="thirdParty"
                          >
                            <Select
                              data-testid="event-party"
                              options={options('consultParty', ['thirdParty', 'agency'])}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name={[field.name, 'partyName']} label={t('event.partyName')}>
                            <Input data-testid="event-partyName" maxLength={100} />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <ConfigProvider componentDisabled={Boolean(lock) && !lock?.receiptOpen}>
                            <Form.Item
                              name={[field.name, 'receivedByParty']}
                              label={t('event.receivedByParty')}
                            >
                              <DateField data-testid="event-receivedByParty" />
                            </Form.Item>
                          </ConfigProvider>
                        </Col>
                      </>
                    )}
                    {type === 'consultationReplied' && (
                      <Col span={24}>
                        <Form.Item name={[field.name, 'sentEventId']} label={t('event.sentEventId')}>
                          <Select data-testid="event-sentEventId" options={sentOptions} />
                        </Form.Item>
                      </Col>
                    )}
                    {type === 'extension' && (
                      <>
                        <Col span={8}>
                          <Form.Item
                            name={[field.name, 'workingDays']}
                            label={t('event.workingDays')}
                            initialValue={20}
                          >
                            <InputNumber
                              data-testid="event-workingDays"
                              min={1}
                              max={20}
                              style={{ width: '100%' }}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name={[field.name, 'approver']} label={t('event.approver')}>
                            <Input data-testid="event-approver" maxLength={50} />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name={[field.name, 'noticeDate']} label={t('event.noticeDate')}>
                            <DateField data-testid="event-noticeDate" />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                    {type === 'feeNotice' && (
                      <>
                        <Col span={8}>
                          <Form.Item
                            name={[field.name, 'method']}
                            label={t('event.method')}
                            initialValue="perApplication"
                          >
                            <Select
                              data-testid="event-method"
                              options={options('feeMethod', ['perApplication', 'perPage'])}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item
                            name={[field.name, 'amountYuan']}
                            label={t('event.amountYuan')}
                            rules={[moneyRule]}
                          >
                            <Input data-testid="event-amountYuan" inputMode="decimal" suffix="元" />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name={[field.name, 'payBy']} label={t('event.payBy')}>
                            <DateField data-testid="event-payBy" />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                    {type === 'feePaid' && (
                      <Col span={12}>
                        <Form.Item
                          name={[field.name, 'amountYuan']}
                          label={t('event.amountYuan')}
                          rules={[moneyRule]}
                        >
                          <Input data-testid="event-amountYuan" inputMode="decimal" suffix="元" />
                        </Form.Item>
                      </Col>
                    )}
                    {type === 'answered' && (
                      <Col span={24}>
                        <Form.Item name={[field.name, 'outcome']} label={t('event.outcome')}>
                          <Select
                            data-testid="event-outcome"
                            showSearch
                            optionFilterProp="label"
                            options={outcomeOptions}
                          />
                        </Form.Item>
                      </Col>
                    )}
                    <Col span={24}>
                      <ConfigProvider componentDisabled={false}>
                        <Form.Item
                          name={[field.name, 'note']}
                          label={t('event.note')}
                          style={{ marginBottom: 0 }}
                        >
                          <Input data-testid="event-note" maxLength={500} />
                        </Form.Item>
                      </ConfigProvider>
                    </Col>
                  </Row>
                </Card>
              </ConfigProvider>
            );
          })}
          {/* In a Form.Item, as antd's own lists do: it gives the list's messages their error colour. */}
          <Form.Item style={{ marginBottom: 0 }}>
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              data-testid="add-event"
              onClick={() => add({ id: crypto.randomUUID(), type: 'answered', date: todayLocal(), note: '' })}
            >
              {t('event.add')}
            </Button>
            {/* What is wrong with the timeline as a whole (延期 twice, two answers…): no one step shows it. */}
            <div data-testid="events-errors">
              <Form.ErrorList errors={errors} />
            </div>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
