import { TechnicalDetail } from '../../components/TechnicalDetail';
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkbookError } from '../../../shared/import';
import { REGISTERS, type RegisterName } from '../../../shared/model';
import { platform } from '../../platform';
import { type ImportWizard, loadReader } from './use-import-wizard';
import { fileFailureText } from '../../platform/save-message';

const MAX_BYTES = 50 * 1024 * 1024;

/** Step 1: which register, which file, which sheet. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const { state } = wizard;
  // The failure in the officer's language; `detail`: the spreadsheet reader's own (English) message.
  const [error, setError] = useState<{ text: string; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setError(null);
    // The reader loads while the file dialog is open (use-import-wizard.ts); a failure shows at loadFile.
    void loadReader().catch(() => undefined);
    const res = await platform.fileOpen({
      filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'xls', 'csv', 'et'] }],
      maxBytes: MAX_BYTES,
    });
    if (!res.ok) {
      if (res.error !== 'cancelled') setError({ text: t('error.open', { reason: fileFailureText(t, res) }) });
      return;
    }
    setBusy(true);
    // Let the "reading" state paint before the synchronous parse.
    await new Promise((r) => setTimeout(r, 0));
    try {
      await wizard.loadFile(res.name, res.data);
    } catch (e) {
      const code = e instanceof WorkbookError ? e.code : 'unreadable';
      setError({ text: t(`error.${code}`), detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="import-file-step">
      <Typography.Paragraph type="secondary">{t('file.intro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 520 }}>
        <Form.Item label={t('file.register')}>
          <Select<RegisterName>
            data-testid="import-register"
            aria-label={t('file.register')}
            value={state.register}
            onChange={(r) => wizard.setRegister(r)}
            options={REGISTERS.map((r) => ({ value: r, label: t(`register.${r}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Space orientation="vertical">
            <Button icon={<FileExcelOutlined />} onClick={pick} loading={busy} data-testid="import-pick-file">
              {busy ? t('file.reading') : t('file.pick')}
            </Button>
            {state.fileName && (
              <Typography.Text data-testid="import-file-name">
                {t('file.chosen', { name: state.fileName })}
              </Typography.Text>
            )}
          </Space>
        </Form.Item>
        {state.workbook && (
          <Form.Item label={t('file.sheet')}>
            <Select<string>
              data-testid="import-sheet"
              value={state.sheetName ?? undefined}
              onChange={(n) => wizard.chooseSheet(n)}
              options={state.workbook.sheetNames.map((n) => ({
                value: n,
                label: `${n}（${t('file.rows', { n: state.workbook?.sheet(n).rows.length ?? 0 })}）`,
              }))}
            />
          </Form.Item>
        )}
        {state.workbook && state.workbook.encoding !== 'utf-8' && (
          <Alert type="info" showIcon title={t('file.encoding')} />
        )}
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.text}
          description={error.detail && <TechnicalDetail detail={error.detail} />}
          data-testid="import-error"
          style={{ maxWidth: 720 }}
        />
      )}
    </div>
  );
}
