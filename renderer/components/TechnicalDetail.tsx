import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The technical message behind a failure (a library's or main's English, for whoever supports the
 * officer), set apart and labelled 技术细节, under the failure said in the officer's language.
 */
export function TechnicalDetail({ detail, testId }: { detail: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId}>
      {t('common:technicalDetail', { detail })}
    </Typography.Text>
  );
}
