import { localDateTime } from '../../../shared/model';
import { Alert, Checkbox, Descriptions, Input, Modal, Progress, Table, Typography } from 'antd';
import { RetentionNotice } from './RetentionNotice';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHeader } from '../../../shared/backup';
import type { RestoreRetention } from '../../../shared/retention/restore-check';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import {
  type PreparedRestore,
  type PreparedSafety,
  prepareRestore,
  prepareSafety,
  type RestoreStage,
  restoreBackup,
  restorePrepared,
  restoreSource,
  stillSafe,
} from './backup-service';
import { appBackupDeps } from './context';
import type { Outcome } from './OutcomeAlert';
import type { PreviewHeader } from './preview';
import type { OpenedSource } from './restore-in-worker';
import { problemLines, problemText, restoreFailureOutcome, retentionLines } from './messages';

/** A backup file (header read, payload not yet opened), or a JSON export already opened. */
export type PendingRestore =
  | { kind?: 'backup'; name: string; data: Uint8Array; header: BackupHeader }
  | {
      kind: 'jsonImport';
      name: string;
      /** The export, opened (in the backup worker where there is one): closed when the dialog is. */
      source: OpenedSource;
      header: PreviewHeader;
      /** Retention's answer for the export, under the setting in force when it was opened. */
      retention: RestoreRetention;
    };

export { type PreviewHeader, previewOfDocument } from './preview';

const REGISTERS = ['publications', 'requests', 'consultations', 'appeals'];

/** Preview (what the file holds) → password if encrypted → explicit confirmation → restore. */
export function RestoreModal({
  pending,
  onClose,
  onDone,
}: {
  pending: PendingRestore;
  onClose: () => void;
  onDone: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation('backup');
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<RestoreStage | null>(null);
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<{ title: string; lines: string[] } | null>(null);
  const [useFileSetting, setUseFileSetting] = useState(false);
  const [retention, setRetention] = useState<RestoreRetention | null>(null);
  const settings = useSettings();
  const { header } = pending;
  const current = settings.anonymiseAfterYears;
  // An unencrypted backup is opened (in the backup worker) and the current data saved while the
  // preview is shown: the confirmation then waits for the import only (issue 17). An encrypted one
  // is opened after its password, and a JSON export was opened before its preview: for both, the
  // current data is saved meanwhile all the same.
  const [prepared, setPrepared] = useState<PreparedRestore | null>(null);
  const [safetyOnly, setSafetyOnly] = useState<PreparedSafety | null>(null);
  const handedOver = useRef(false);
  useEffect(() => {
    if (pending.kind === 'jsonImport' || pending.header.encryption !== null)
      return setSafetyOnly(prepareSafety(appBackupDeps()));
    handedOver.current = false;
    const ready = prepareRestore(appBackupDeps(), pending.data, { current, today: todayLocal() });
    setPrepared(ready);
    return () => {
      // Closed without a restore (or prepared again): the opened file is let go.
      if (!handedOver.current) ready.close();
    };
  }, [pending, current]);
  // What retention would remove again (issue 14 item 4): from the export, or from the unencrypted
  // backup opened above (an encrypted one is known only after the password: the notice says so).
  useEffect(() => {
    if (pending.kind === 'jsonImport') return setRetention(pending.retention);
    let live = true;
    void prepared?.retention.then((found) => {
      if (live && found) setRetention(found);
    });
    return () => {
      live = false;
    };
  }, [pending, prepared]);
  const encrypted = header.encryption !== null;
  const counts = Object.entries(header.counts)
    .filter(([store, n]) => REGISTERS.includes(store) || n > 0)
    .sort(([a], [b]) => (REGISTERS.indexOf(a) + 1 || 99) - (REGISTERS.indexOf(b) + 1 || 99))
    .map(([store, n]) => ({ key: store, store: t(`store.${store}`, { defaultValue: store }), n }));

  /** The restore takes the prepared file: it closes it itself, the dialog's closing must not. */
  const handOver = (ready: PreparedRestore) => {
    handedOver.current = true;
    return ready;
  };

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const hooks = {
        onStage: setStage,
        onProgress: (done: number, total: number) =>
          setPercent(total > 0 ? Math.floor((done / total) * 100) : 100),
        actor: writeContext(settings).actor,
        today: todayLocal(),
        useFileSetting,
        name: pending.name,
      };
      const outcome =
        pending.kind === 'jsonImport'
          ? await restoreSource(
              appBackupDeps(),
              pending.source,
              { kind: 'jsonImport', name: pending.name },
              hooks,
              stillSafe(appBackupDeps(), safetyOnly),
            )
          : prepared && !encrypted
            ? await restorePrepared(appBackupDeps(), handOver(prepared), hooks)
            : await restoreBackup(
                appBackupDeps(),
                pending.data,
                encrypted ? password : null,
                hooks,
                encrypted ? safetyOnly : null,
              );
      if (outcome.ok) {
        onDone({
          type: 'success',
          title: t(pending.kind === 'jsonImport' ? 'done.import' : 'done.restore', {
            name: outcome.safetyBackup,
          }),
          lines: retentionLines(t, outcome.retention),
        });
      } else if (
        outcome.stage === 'open' &&
        (outcome.problem.error === 'wrongPassword' || outcome.problem.error === 'passwordRequired')
      ) {
        // Let the officer try the password again without closing the preview.
        setError({ title: problemText(t, outcome.problem), lines: [] });
      } else {
        onDone(restoreFailureOutcome(t, outcome));
      }
    } catch (err) {
      // restoreBackup returns its failures; anything thrown is unexpected, but still said, not lost.
      onDone({
        type: 'error',
        title: t('failure.unexpected'),
        lines: [],
        detail: err instanceof Error ? err.message : String(err),
      });
    } finally {
      setBusy(false);
      setStage(null);
      setPercent(0);
    }
  };

  const isImport = pending.kind === 'jsonImport';
  const madeAt = new Date(header.createdAt);
  // A damaged or hand-edited header may hold no valid time: show what it says.
  const created = Number.isNaN(madeAt.getTime()) ? header.createdAt : localDateTime(madeAt).replace('T', ' ');
  return (
    <Modal
      open
      width={640}
      title={t(isImport ? 'preview.importTitle' : 'preview.title')}
      okText={t(isImport ? 'preview.importConfirm' : 'preview.confirm')}
      cancelText={t('preview.cancel')}
      okButtonProps={{ danger: true, disabled: !confirmed || (encrypted && !password), loading: busy }}
      onOk={restore}
      onCancel={onClose}
      // While the database is being replaced the dialog stays: closing it would hide the outcome.
      closable={!busy}
      mask={{ closable: !busy }}
      keyboard={!busy}
      cancelButtonProps={{ disabled: busy }}
      destroyOnHidden
    >
      <Descriptions column={1} size="small" bordered data-testid="restore-preview">
        <Descriptions.Item label={t('list.name')}>{pending.name}</Descriptions.Item>
        <Descriptions.Item label={t('preview.agency')}>{header.agencyName || '—'}</Descriptions.Item>
        <Descriptions.Item label={t(isImport ? 'preview.exportedAt' : 'preview.createdAt')}>
          {created}
        </Descriptions.Item>
        <Descriptions.Item label={t('preview.appVersion')}>{header.appVersion}</Descriptions.Item>
        <Descriptions.Item label={t('preview.dateRange')}>
          {header.dateRange.from ? `${header.dateRange.from} — ${header.dateRange.to}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('preview.encrypted')}>
          {encrypted ? t('preview.yes') : t('preview.no')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('preview.counts')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        dataSource={counts}
        columns={[
          { dataIndex: 'store', title: t('preview.store') },
          { dataIndex: 'n', title: t('preview.records'), align: 'right' },
        ]}
      />
      {header.invalidRecords.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="restore-invalid-records"
          title={t('preview.invalidRecords', { count: header.invalidRecords.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problemLines(t, header.invalidRecords).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      )}
      {encrypted && (
        <Input.Password
          style={{ marginTop: 16 }}
          placeholder={t('encrypt.password')}
          aria-label={t('encrypt.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      )}
      <RetentionNotice
        current={current}
        retention={retention}
        encrypted={encrypted}
        useFileSetting={useFileSetting}
        onUseFileSetting={setUseFileSetting}
      />
      <Alert
        style={{ marginTop: 16 }}
        type="warning"
        showIcon
        title={t(isImport ? 'preview.importConfirmText' : 'preview.confirmText')}
      />
      <Checkbox
        style={{ marginTop: 12 }}
        checked={confirmed}
        onChange={(e) => setConfirmed(e.target.checked)}
      >
        {t(isImport ? 'preview.importConfirmCheck' : 'preview.confirmCheck')}
      </Checkbox>
      {busy && stage && (
        <div style={{ marginTop: 12 }} data-testid="restore-progress">
          <Typography.Text type="secondary">{t(`progress.${stage}`)}</Typography.Text>
          {stage === 'import' && <Progress percent={percent} status="active" size="small" />}
        </div>
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error.title} />}
    </Modal>
  );
}
