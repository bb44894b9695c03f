import { UnknownYearsAlert } from '../../components/UnknownYearsAlert';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeDeadlines, validateRequestWorkflow } from '../../../shared/requests';
import { navigate, useLocation } from '../../app/router';
import { todayLocal, useSettings } from '../../app/session';
import { DateField } from '../../components/DateField';
import { db } from '../../db/database';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { type CalculatorInput, EMPTY_INPUT, inputToRequest, requestToInput } from './calculator-input';
import { DaysLeftText, DeadlineStatusTag } from './DeadlineStatusTag';
import { DerivationList } from './DerivationList';
import { RequestDeadlinePanel } from './RequestDeadlinePanel';
import { workflowMessage } from './workflow-messages';

let consultSeq = 0;

/** 期限计算器: "when must we reply?" answered on the phone, from dates typed in or a stored request. */
export default function DeadlineCalculatorPage() {
  const { t } = useTranslation('clock');
  const { query } = useLocation();
  const settings = useSettings();
  const calendar = useWorkCalendar();
  const requestId = query.get('request');
  const requests = useLiveQuery(() => db.requests.filter((r) => !r.deletedAt).toArray(), []);
  const stored = requests?.find((r) => r.id === requestId);
  const [input, setInput] = useState<CalculatorInput>(EMPTY_INPUT);
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [today, setToday] = useState<string>(todayLocal());
  if (stored && loadedId !== stored.id) {
    setLoadedId(stored.id);
    setInput(requestToInput(stored));
  }
  const set = (patch: Partial<CalculatorInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const setConsult = (key: string, patch: Partial<CalculatorInput['consultations'][number]>) =>
    set({ consultations: input.consultations.map((c) => (c.key === key ? { ...c, ...patch } : c)) });

  const request = useMemo(() => inputToRequest(input), [input]);
  const errors = useMemo(
    () => (request ? validateRequestWorkflow(request, calendar).filter((i) => i.severity === 'error') : []),
    [request, calendar],
  );
  const result = useMemo(
    () =>
      request && errors.length === 0
        ? computeDeadlines(request, calendar, { today, dueSoonWorkingDays: settings.dueSoonWorkingDays })
        : null,
    [request, errors, calendar, today, settings.dueSoonWorkingDays],
  );

  return (
    <Row gutter={24} data-testid="deadline-calculator">
      <Col xs={24} lg={11}>
        <Typography.Paragraph type="secondary">{t('calc.intro')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('calc.loadRequest')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="calc-load-request"
              placeholder={t('calc.loadPlaceholder')}
              value={stored?.id}
              options={[...(requests ?? [])]
                .sort((a, b) => b.serial.localeCompare(a.serial))
                .map((r) => ({ value: r.id, label: `${r.serial} ${r.content.slice(0, 30)}` }))}
              onChange={(id?: string) => {
                if (!id) setLoadedId(null);
                navigate('/deadline-calculator', { request: id });
              }}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label={t('calc.received')} required>
                <DateField
                  data-testid="calc-received"
                  value={input.received}
                  onChange={(v) => set({ received: v })}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('calc.today')}>
                <DateField
                  data-testid="calc-today"
                  value={today}
                  onChange={(v) => setToday(v ?? todayLocal())}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('calc.correctionAsked')}>
                <DateField
                  data-testid="calc-correction-asked"
                  value={input.correctionAsked}
                  onChange={(v) => set({ correctionAsked: v })}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('calc.corrected')}>
                <DateField
                  data-testid="calc-corrected"
                  value={input.corrected}
                  disabled={!input.correctionAsked}
                  onChange={(v) => set({ corrected: v })}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('calc.consultations')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {input.consultations.map((c, i) => (
                <Row gutter={8} key={c.key} align="middle" data-testid={`calc-consult-${i}`}>
                  <Col span={5}>
                    <Select
                      aria-label={t('calc.party')}
                      value={c.party}
                      style={{ width: '100%' }}
                      options={[
                        { value: 'thirdParty', label: t('step.party.thirdParty') },
                        { value: 'agency', label: t('step.party.agency') },
                      ]}
                      onChange={(party) => setConsult(c.key, { party })}
                    />
                  </Col>
                  {(['sent', 'partyReceived', 'replied'] as const).map((f) => (
                    <Col span={6} key={f}>
                      <DateField
                        data-testid={`calc-consult-${i}-${f}`}
                        placeholder={t(`calc.${f}`)}
                        value={c[f]}
                        onChange={(v) => setConsult(c.key, { [f]: v })}
                      />
                    </Col>
                  ))}
                  <Col span={1}>
                    <Button
                      type="text"
                      aria-label={t('calc.remove')}
                      icon={<DeleteOutlined />}
                      onClick={() =>
                        set({ consultations: input.consultations.filter((x) => x.key !== c.key) })
                      }
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                data-testid="calc-add-consult"
                onClick={() =>
                  set({
                    consultations: [
                      ...input.consultations,
                      {
                        key: `n${++consultSeq}`,
                        party: 'thirdParty',
                        sent: null,
                        partyReceived: null,
                        replied: null,
                      },
                    ],
                  })
                }
              >
                {t('calc.addConsultation')}
              </Button>
            </Space>
          </Form.Item>
          <Form.Item label={t('calc.extension')}>
            <InputNumber
              data-testid="calc-extension"
              min={0}
              max={20}
              precision={0}
              value={input.extension}
              onChange={(v) => set({ extension: typeof v === 'number' ? v : 0 })}
            />
          </Form.Item>
        </Form>
      </Col>
      <Col xs={24} lg={13}>
        <Card size="small" title={t('calc.result')} data-testid="calc-result">
          {!request && <Typography.Text type="secondary">{t('calc.needReceived')}</Typography.Text>}
          {errors.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={t('calc.invalid')}
              description={[...new Set(errors.map((e) => workflowMessage(t, e)))].join('；')}
              data-testid="calc-errors"
            />
          )}
          {result && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <UnknownYearsAlert years={result.unknownYears} testId="calc-unknown-years" />
              <Descriptions
                size="small"
                bordered
                column={1}
                items={[
                  {
                    key: 'reply',
                    label: t('panel.replyDue'),
                    children: (
                      <Typography.Text strong style={{ fontSize: 18 }} data-testid="calc-reply-due">
                        {result.replyDue ?? t('panel.awaiting')}
                      </Typography.Text>
                    ),
                  },
                  ...(result.extensionWorkingDays > 0
                    ? [
                        {
                          key: 'unext',
                          label: t('panel.replyDueUnextended'),
                          children: result.replyDueUnextended,
                        },
                      ]
                    : []),
                  {
                    key: 'correction',
                    label: t('panel.correctionNoticeDue'),
                    children: <span data-testid="calc-correction-due">{result.correctionNoticeDue}</span>,
                  },
                  {
                    key: 'status',
                    label: t('panel.status'),
                    children: (
                      <Space size={4}>
                        <DeadlineStatusTag status={result.status} />
                        <DaysLeftText n={result.workingDaysLeft} />
                      </Space>
                    ),
                  },
                ]}
              />
              <Typography.Text type="secondary">{t('panel.derivation')}</Typography.Text>
              <DerivationList steps={result.steps} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('panel.calendarVersion', { version: result.calendarVersion })}
              </Typography.Text>
            </Space>
          )}
        </Card>
        {stored && (
          <div style={{ marginTop: 16 }} data-testid="calc-stored-request">
            <Typography.Title level={5}>
              {t('calc.storedRequest')} · {stored.serial}
            </Typography.Title>
            <RequestDeadlinePanel request={stored} />
          </div>
        )}
      </Col>
    </Row>
  );
}
