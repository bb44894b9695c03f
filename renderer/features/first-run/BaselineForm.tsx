import { Alert, App, Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICANT_TYPE_CODES, type YearBaseline } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { useGuardedForm } from '../../components/use-unsaved-guard';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { errorReason } from '../../components/error-reason';

type Values = {
  carriedOut: Record<string, number | null>;
  rulesInForce: number | null;
  normativeInForce: number | null;
};

/**
 * Last year's figures (shared/model/baseline.ts) for an install that was not used last year: 表三
 * 结转下年度 per applicant column and 表二 现行有效 of 规章 / 行政规范性文件. This year's report
 * takes them as 上年结转 and as the start of the 现行有效 chain (docs/report-numbers.md).
 * Reusable: the import from a published report fills `initial` and `source` and lets the officer
 * check the figures here before saving.
 */
export function BaselineForm({
  year,
  initial,
  source = 'manual',
  sourceLabel = '',
  onSaved,
}: {
  year: number;
  initial?: Partial<YearBaseline>;
  source?: YearBaseline['source'];
  sourceLabel?: string;
  onSaved?: () => void;
}) {
  const { t } = useTranslation('firstRun');
  const { t: tc } = useTranslation('common');
  const { t: te } = useTranslation('enums');
  const { message } = App.useApp();
  const settings = useSettings();
  const stored = initial ?? settings.baselines.find((b) => b.year === year);
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  // Figures typed and not saved: leaving 首次使用 asks first, as the registers' forms do (they were
  // dropped without a word); Enter moves on, Ctrl+Enter saves.
  const { dirty, formProps } = useGuardedForm(form);

  const save = async (v: Values) => {
    setProblem(null);
    // What is being saved no longer counts as unsaved (back on a failure).
    dirty.current = false;
    const carriedOut: Record<string, number> = {};
    for (const code of APPLICANT_TYPE_CODES) {
      const n = v.carriedOut?.[code];
      if (typeof n === 'number') carriedOut[code] = n;
    }
    const ctx = writeContext(settings);
    const baseline: YearBaseline = {
      year,
      source,
      sourceLabel,
      carriedOut,
      rulesInForce: v.rulesInForce ?? null,
      normativeInForce: v.normativeInForce ?? null,
      enteredAt: ctx.now,
    };
    try {
      const baselines = [...settings.baselines.filter((b) => b.year !== year), baseline];
      await saveSettings(db, { baselines }, ctx);
      message.success(tc('message.saved'));
      onSaved?.();
    } catch (err) {
      dirty.current = true;
      setProblem(tc('message.saveFailed', { reason: errorReason(tc, err) }));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="baseline-form"
      initialValues={{
        carriedOut: stored?.carriedOut ?? {},
        rulesInForce: stored?.rulesInForce ?? null,
        normativeInForce: stored?.normativeInForce ?? null,
      }}
      {...formProps}
      onFinish={(v) => void save(v)}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        {t('baseline.explain', { year, next: year + 1 })}
      </Typography.Paragraph>
      <Typography.Text strong>{t('baseline.carriedOut', { year })}</Typography.Text>
      <Row gutter={8} style={{ marginTop: 8 }}>
        {APPLICANT_TYPE_CODES.map((code) => (
          <Col span={4} key={code}>
            <Form.Item name={['carriedOut', code]} label={te(`applicantType.${code}`)}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                data-testid={`baseline-carried-${code}`}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={8}>
        <Col span={12}>
          <Form.Item name="rulesInForce" label={t('baseline.rulesInForce', { year })}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="baseline-rules" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="normativeInForce" label={t('baseline.normativeInForce', { year })}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="baseline-normative" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" data-testid="save-baseline">
        {t('baseline.save')}
      </Button>
    </Form>
  );
}
