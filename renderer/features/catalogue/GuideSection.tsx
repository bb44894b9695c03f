import { errorReason } from '../../components/error-reason';
import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildGuideContent } from '../../../shared/catalogue/guide-content';
import { todayLocal, useSettings } from '../../app/session';
import { useSaveReport } from './ExportButtons';
import { guideFile, saveFile } from './export-files';

/** 政府信息公开指南 (条例第十二条) from the agency profile, as an editable Word file. */
export function GuideSection() {
  const { t } = useTranslation('catalogue');
  const { message } = App.useApp();
  const settings = useSettings();
  const report = useSaveReport();
  const [busy, setBusy] = useState(false);
  const content = buildGuideContent(settings, todayLocal());

  const run = async () => {
    setBusy(true);
    try {
      const data = await guideFile(content);
      report(
        await saveFile(`${content.title}.docx`, { name: t('export.filterWord'), extensions: ['docx'] }, data),
      );
    } catch (err) {
      message.error(t('export.failed', { reason: errorReason(t, err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('export.guideHint')}</Typography.Text>
      {content.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="guide-missing"
          title={t('export.guideMissing', {
            fields: content.missing
              .map((f) => t(`profileField.${f}`, { defaultValue: f }))
              .join(t('export.listSeparator')),
          })}
        />
      )}
      <Button
        icon={<FileWordOutlined />}
        loading={busy}
        onClick={() => void run()}
        data-testid="export-guide"
      >
        {t('export.guide')}
      </Button>
    </Space>
  );
}
