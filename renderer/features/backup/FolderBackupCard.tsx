import { Button, Card, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_KEEP_EXTERNAL, MAX_KEEP_EXTERNAL } from '../../../shared/backup/retention';
import type { BackupStatus } from '../../../shared/ipc';
import { db } from '../../db/database';
import { isDesktop, platform } from '../../platform';
import { type BackupStage, backupToFolder } from './backup-service';
import { appBackupDeps, formatBytes } from './context';
import { failureOutcome } from './messages';
import { type Outcome, OutcomeAlert } from './OutcomeAlert';

/** "备份到U盘/文件夹": choose the folder once, then back up (optionally encrypted) with one click. */
export function FolderBackupCard({
  status,
  onChange,
}: {
  status: BackupStatus | null;
  onChange: () => Promise<void>;
}) {
  const { t } = useTranslation('backup');
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  // Offer encryption by default when applicants' personal data is in the database (issue 5).
  const personal = useLiveQuery(
    async () => (await db.requests.filter((r) => r.anonymisedAt === null).count()) > 0,
    [],
  );
  const [encrypt, setEncrypt] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<BackupStage | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    if (encrypt === null && personal !== undefined) setEncrypt(personal);
  }, [personal, encrypt]);

  const choose = async () => {
    const result = await platform.backupChooseFolder({});
    if (!result.ok && result.error !== 'cancelled') {
      setOutcome(failureOutcome(t, result));
    }
    await onChange();
  };

  // The number is saved when the field is left or Enter pressed, not at every keystroke (typing "100"
  // must never store 1, which the next backup would apply); a backup waits for that save.
  const [keepDraft, setKeepDraft] = useState<number | null>(null);
  const keepSaved = useRef<Promise<void>>(Promise.resolve());
  const commitKeep = () => {
    const keep = keepDraft;
    if (keep === null || keep === status?.keep) return setKeepDraft(null);
    keepSaved.current = (async () => {
      if (Number.isInteger(keep) && keep >= 1 && keep <= MAX_KEEP_EXTERNAL) {
        const result = await platform.backupSetKeep({ keep });
        if (!result.ok) setOutcome(failureOutcome(t, result));
      }
      await onChange();
      setKeepDraft(null);
    })();
  };

  const backUp = async () => {
    await keepSaved.current;
    let password: string | undefined;
    if (encrypt) {
      const values = await form.validateFields().catch(() => null);
      if (!values) return;
      password = values.password;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await backupToFolder(appBackupDeps(), password, setStage);
      if (result.ok) {
        const c = result.counts;
        const lines = [
          t('done.counts', {
            publications: c.publications ?? 0,
            requests: c.requests ?? 0,
            consultations: c.consultations ?? 0,
            appeals: c.appeals ?? 0,
          }),
        ];
        if (result.removed.length > 0) lines.push(t('done.removed', { count: result.removed.length }));
        setOutcome({
          type: 'success',
          title: t('done.backup', { name: result.name, size: formatBytes(result.bytes) }),
          lines,
        });
        form.resetFields();
      } else if (result.error !== 'cancelled') {
        setOutcome(failureOutcome(t, result));
      }
    } finally {
      setBusy(false);
      setStage(null);
      await onChange();
    }
  };

  const folderLine = !status?.folder
    ? t('folder.none')
    : status.folderAvailable
      ? t('folder.current', { folder: status.folder })
      : t('folder.missing');

  return (
    <Card title={t('folder.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text
            type={status?.folder && !status.folderAvailable ? 'danger' : undefined}
            data-testid="backup-folder"
          >
            {folderLine}
          </Typography.Text>
          <Button onClick={choose}>{status?.folder ? t('folder.change') : t('folder.choose')}</Button>
        </Space>
        {!isDesktop && !('showDirectoryPicker' in window) && (
          <Typography.Text type="secondary">{t('folder.browserHint')}</Typography.Text>
        )}
        <Space wrap>
          <Typography.Text>{t('folder.keepLabel')}</Typography.Text>
          <InputNumber
            aria-label={t('folder.keepLabel')}
            data-testid="backup-keep"
            min={1}
            max={MAX_KEEP_EXTERNAL}
            precision={0}
            style={{ width: 80 }}
            value={keepDraft ?? status?.keep ?? DEFAULT_KEEP_EXTERNAL}
            onChange={setKeepDraft}
            onBlur={commitKeep}
            onPressEnter={commitKeep}
          />
          <Typography.Text type="secondary">{t('folder.keep')}</Typography.Text>
        </Space>
        {/* Until it is known whether applicants' data is stored, neither the choice nor a backup is
            offered: the default arriving late would turn over a choice already made (or a backup
            would be written unencrypted before encryption was offered). */}
        <Checkbox
          checked={encrypt ?? false}
          disabled={encrypt === null}
          onChange={(e) => setEncrypt(e.target.checked)}
        >
          {t('encrypt.label')}
        </Checkbox>
        {personal && <Typography.Text type="secondary">{t('encrypt.recommended')}</Typography.Text>}
        {encrypt && (
          <Form form={form} layout="inline">
            <Form.Item
              name="password"
              label={t('encrypt.password')}
              rules={[{ required: true, min: 8, message: t('encrypt.tooShort') }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('encrypt.confirm')}
              dependencies={['password']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value) =>
                    value === getFieldValue('password')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('encrypt.mismatch'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Typography.Text type="warning">{t('encrypt.warning')}</Typography.Text>
          </Form>
        )}
        <Space wrap>
          <Button
            type="primary"
            onClick={backUp}
            loading={busy}
            disabled={encrypt === null || (isDesktop && !status?.folder)}
          >
            {t('action.backupNow')}
          </Button>
          {busy && stage && (
            <Typography.Text type="secondary" data-testid="backup-stage">
              {t(`backupStage.${stage}`)}
            </Typography.Text>
          )}
        </Space>
        {outcome && (
          <OutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} testId="backup-outcome" />
        )}
      </Space>
    </Card>
  );
}
