import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { YearFigures } from '../../../shared/model';
import { fenToWanYuan, fenToYuan } from '../../../shared/report/money';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { yuanToFen } from './money-input';
import { saveYearFigures } from './report-store';
import { errorReason } from '../../components/error-reason';
import { useGuardedForm } from '../../components/use-unsaved-guard';

interface Values {
  licensing: number | null;
  penalty: number | null;
  enforcement: number | null;
  /** 元 as typed, two decimals (stringMode: no floating point on the way to 分). */
  feesYuan: string | null;
}

/** 表二 figures from other systems (许可/处罚/强制/收费), entered per year. Blank ≠ 0. */
export function YearFiguresCard({ year, figures }: { year: number; figures: YearFigures | null }) {
  const { t } = useTranslation('report');
  const { message } = App.useApp();
  const settings = useSettings();
  const [form] = Form.useForm<Values>();
  const fees = Form.useWatch('feesYuan', form);
  // Figures typed and not saved: leaving the report page asks first, as the forms do. The stored
  // figures are shown when they change, not over figures typed and not saved yet (a save's own read
  // coming back while the officer types on).
  const { dirty, formProps } = useGuardedForm(form, {
    licensing: figures?.licensing ?? null,
    penalty: figures?.penalty ?? null,
    enforcement: figures?.enforcement ?? null,
    feesYuan: figures?.feesFen == null ? null : fenToYuan(figures.feesFen),
  });

  const submit = async (v: Values) => {
    const feesFen = v.feesYuan == null || v.feesYuan === '' ? null : yuanToFen(String(v.feesYuan));
    // What is being saved no longer counts as unsaved: leaving right after 保存 does not ask (back on a failure).
    dirty.current = false;
    try {
      await saveYearFigures(
        db,
        {
          year,
          licensing: v.licensing ?? null,
          penalty: v.penalty ?? null,
          enforcement: v.enforcement ?? null,
          feesFen,
        },
        writeContext(settings),
      );
      message.success(t('figures.saved'));
    } catch (err) {
      dirty.current = true;
      message.error(t('figures.failed', { reason: errorReason(t, err) }));
    }
  };

  const feesFen = fees ? yuanToFen(String(fees)) : null;
  const count = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} style={{ marginBottom: 8 }}>
      <InputNumber
        min={0}
        precision={0}
        style={{ width: '100%' }}
        data-testid={`figure-${name}`}
        placeholder={t('figures.blank')}
      />
    </Form.Item>
  );
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      labelWrap
      onFinish={(v) => void submit(v)}
      // As in the registers' forms: Enter moves to the next figure, Ctrl+Enter saves.
      {...formProps}
    >
      <Typography.Paragraph type="secondary">{t('figures.explain', { year })}</Typography.Paragraph>
      {count('licensing', t('figures.licensing'))}
      {count('penalty', t('figures.penalty'))}
      {count('enforcement', t('figures.enforcement'))}
      <Form.Item
        name="feesYuan"
        label={t('figures.fees')}
        extra={feesFen !== null ? t('figures.inWan', { wan: fenToWanYuan(feesFen) }) : undefined}
        style={{ marginBottom: 8 }}
      >
        <InputNumber<string>
          min="0"
          precision={2}
          stringMode
          style={{ width: '100%' }}
          data-testid="figure-feesYuan"
          placeholder={t('figures.blank')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="save-figures">
        {t('figures.save')}
      </Button>
    </Form>
  );
}
