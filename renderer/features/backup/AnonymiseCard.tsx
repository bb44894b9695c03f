import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { applyAnonymisation, countDueForAnonymisation } from './anonymise-db';
import { clockText } from './messages';

const YEAR_CHOICES = [1, 2, 3, 5, 10];

/** AppSettings.anonymiseAfterYears (default off) and a way to apply it at once. */
export function AnonymiseCard() {
  const { t } = useTranslation('backup');
  const settings = useSettings();
  const [result, setResult] = useState<string | null>(null);
  const value = settings.anonymiseAfterYears ?? 0;

  const { modal } = App.useApp();

  /** Removing applicants' details cannot be undone in the database: say how many, and ask first. */
  const confirmRemoval = (title: string, content: string, onOk: () => Promise<void>) =>
    modal.confirm({
      title,
      content,
      okText: t('anonymise.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('anonymise.confirmCancel'),
      onOk,
    });

  const save = async (years: number) => {
    await saveSettings(db, { anonymiseAfterYears: years === 0 ? null : years }, writeContext(settings));
    setResult(null);
  };
  const change = async (years: number) => {
    if (years === 0) return save(0);
    const count = await countDueForAnonymisation(db, years, todayLocal());
    confirmRemoval(t('anonymise.confirmSettingTitle'), t('anonymise.confirmSetting', { count, years }), () =>
      save(years),
    );
  };
  const apply = async () => {
    const ctx = { ...writeContext(settings), today: todayLocal() };
    const run = await applyAnonymisation(db, ctx);
    if (!run.ok) return setResult(clockText(t, run.clock, ctx.now));
    const count = run.records.filter((r) => !r.purged).length;
    setResult(count > 0 ? t('anonymise.done', { count }) : t('anonymise.none'));
  };
  const runNow = async () => {
    const count = await countDueForAnonymisation(db, value, todayLocal());
    if (count === 0) return setResult(t('anonymise.none'));
    confirmRemoval(
      t('anonymise.confirmTitle', { count }),
      t('anonymise.confirmRun', { count, years: value }),
      apply,
    );
  };

  return (
    <Card title={t('anonymise.title')}>
      <Typography.Paragraph type="secondary">{t('anonymise.hint')}</Typography.Paragraph>
      <Space wrap>
        <Select
          style={{ minWidth: 220 }}
          value={value}
          aria-label={t('anonymise.title')}
          data-testid="anonymise-years"
          onChange={(years) => void change(years)}
          options={[
            { value: 0, label: t('anonymise.off') },
            ...YEAR_CHOICES.map((n) => ({ value: n, label: t('anonymise.years', { count: n }) })),
          ]}
        />
        <Button onClick={() => void runNow()} disabled={value === 0}>
          {t('anonymise.runNow')}
        </Button>
        {result && <Typography.Text data-testid="anonymise-result">{result}</Typography.Text>}
      </Space>
    </Card>
  );
}
