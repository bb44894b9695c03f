import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { applyAnonymisation } from './anonymise-db';

const YEAR_CHOICES = [1, 2, 3, 5, 10];

/** AppSettings.anonymiseAfterYears (default off) and a way to apply it at once. */
export function AnonymiseCard() {
  const { t } = useTranslation('backup');
  const settings = useSettings();
  const [result, setResult] = useState<string | null>(null);
  const value = settings.anonymiseAfterYears ?? 0;

  const change = async (years: number) => {
    await saveSettings(db, { anonymiseAfterYears: years === 0 ? null : years }, writeContext(settings));
    setResult(null);
  };
  const runNow = async () => {
    const ids = await applyAnonymisation(db, { ...writeContext(settings), today: todayLocal() });
    setResult(ids.length > 0 ? t('anonymise.done', { count: ids.length }) : t('anonymise.none'));
  };

  return (
    <Card title={t('anonymise.title')}>
      <Typography.Paragraph type="secondary">{t('anonymise.hint')}</Typography.Paragraph>
      <Space wrap>
        <Select
          style={{ minWidth: 220 }}
          value={value}
          onChange={change}
          options={[
            { value: 0, label: t('anonymise.off') },
            ...YEAR_CHOICES.map((n) => ({ value: n, label: t('anonymise.years', { count: n }) })),
          ]}
        />
        <Button onClick={runNow} disabled={value === 0}>
          {t('anonymise.runNow')}
        </Button>
        {result && <Typography.Text>{result}</Typography.Text>}
      </Space>
    </Card>
  );
}
