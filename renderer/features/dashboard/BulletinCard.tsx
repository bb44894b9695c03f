import { errorReason } from '../../components/error-reason';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkCalendar } from '../../../shared/calendar';
import type { AppSettings } from '../../../shared/model';
import { db } from '../../db/database';
import { loadBulletinData } from '../../db/repositories/dashboard-data';
import { platform } from '../../platform';
import { fileFailureText, savedMessage } from '../../platform/save-message';
import { LightCard, LightParagraph } from '../../components/Light';

/** The monthly bulletin the officer reports upward, as .docx or .xlsx (default: last month). */
export function BulletinCard({
  settings,
  calendar,
  today,
}: {
  settings: AppSettings;
  calendar: WorkCalendar;
  today: string;
}) {
  const { t } = useTranslation('dashboard');
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(today).subtract(1, 'month'));
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  const save = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    try {
      const { bulletinFile } = await import('./bulletin-export');
      // The month's year of records, read now (the dashboard holds only its own window).
      const { publications, columnsLast } = await loadBulletinData(
        db,
        month.year(),
        month.month() + 1,
        settings.columns.map((c) => c.name),
      );
      const file = await bulletinFile(
        kind,
        publications,
        settings,
        calendar,
        month.year(),
        month.month() + 1,
        columnsLast,
      );
      const res = await platform.fileSave({
        suggestedName: file.name,
        filters: [{ name: kind === 'docx' ? 'Word' : 'Excel', extensions: [kind] }],
        data: file.data,
      });
      if (res.ok) message.success(savedMessage(t, res, 'bulletin.saved'));
      else if (res.error !== 'cancelled')
        message.error(t('bulletin.failed', { reason: fileFailureText(t, res) }));
    } catch (e) {
      message.error(t('bulletin.failed', { reason: errorReason(t, e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <LightCard size="small" title={t('bulletin.title')} data-testid="dash-bulletin">
      <LightParagraph type="secondary">{t('bulletin.intro')}</LightParagraph>
      <Space wrap>
        <span>{t('bulletin.month')}</span>
        <DatePicker
          picker="month"
          allowClear={false}
          value={month}
          onChange={(d) => d && setMonth(d)}
          disabledDate={(d) => d.isAfter(dayjs(today), 'month')}
          data-testid="dash-bulletin-month"
        />
        <Button
          icon={<FileWordOutlined />}
          loading={busy === 'docx'}
          onClick={() => save('docx')}
          data-testid="dash-bulletin-docx"
        >
          {t('bulletin.docx')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'xlsx'}
          onClick={() => save('xlsx')}
          data-testid="dash-bulletin-xlsx"
        >
          {t('bulletin.xlsx')}
        </Button>
      </Space>
    </LightCard>
  );
}
