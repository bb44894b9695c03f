import { errorReason } from '../../components/error-reason';
import {
  Alert,
  App,
  Button,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportPlan, planImportSteps } from '../../../shared/import';
import type { RegisterName, RegisterRecord } from '../../../shared/model';
import { navigate } from '../../app/router';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { bulkImportRecords } from '../../db/repositories/bulk-import';
import { assignMissingIndexNumbers } from '../../db/repositories/index-numbers';
import { ValidationError } from '../../db/repositories/errors';
import { issueText } from '../catalogue/issue-text';
import { PreviewTable } from './PreviewTable';
import { reasonText } from './reasons';
import type { ImportWizard } from './use-import-wizard';

type AnyPlan = ImportPlan<RegisterRecord[RegisterName]>;
type Phase =
  | { kind: 'planning'; done: number; total: number }
  | { kind: 'ready'; plan: AnyPlan; serials: Map<string, string> }
  | { kind: 'storing'; plan: AnyPlan; done: number; total: number }
  | { kind: 'done'; plan: AnyPlan; stored: number; ms: number }
  | { kind: 'failed'; plan: AnyPlan; reason: string };

const yieldToUi = () => new Promise((r) => setTimeout(r, 0));

async function existingOf(register: RegisterName) {
  // Serials are unique across the trash too (the store's unique index), other duplicates among live records.
  const all = (await db.table(register).toArray()) as Record<string, unknown>[];
  return register === 'requests' ? all : all.filter((r) => !r.deletedAt);
}

/** Step 4: the plan (what will be stored, what fails and why), then one transaction. */
export function PreviewStep({
  wizard,
  onBack,
  onRestart,
  onStored,
}: {
  wizard: ImportWizard;
  onBack: () => void;
  onRestart: () => void;
  /** The records are stored: nothing of the wizard is left to lose. */
  onStored?: () => void;
}) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const settings = useSettings();
  const { state } = wizard;
  const [phase, setPhase] = useState<Phase>({ kind: 'planning', done: 0, total: 0 });
  const [numbering, setNumbering] = useState<'idle' | 'running' | 'done'>('idle');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan is made once per visit of this step.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const requests = await db.requests.toArray();
      const serials = new Map(requests.map((r) => [r.serial, r.id]));
      const ctx = {
        newId: () => crypto.randomUUID(),
        now: new Date().toISOString(),
        existing: await existingOf(state.register),
        requestIdsBySerial: serials,
      };
      const steps = planImportSteps(state.rows, wizard.setup(), state.headers, ctx);
      for (;;) {
        const next = steps.next();
        if (cancelled) return;
        if (next.done) {
          setPhase({
            kind: 'ready',
            plan: next.value,
            serials: new Map(requests.map((r) => [r.id, r.serial])),
          });
          return;
        }
        setPhase({ kind: 'planning', done: next.value.done, total: next.value.total });
        await yieldToUi();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (phase.kind === 'planning') {
    const percent = phase.total ? Math.round((phase.done / phase.total) * 100) : 0;
    return <Progress percent={percent} status="active" format={() => t('preview.planning', phase)} />;
  }

  const { plan } = phase;
  const store = async () => {
    const records = plan.accepted.map((a) => a.record);
    const started = performance.now();
    setPhase({ kind: 'storing', plan, done: 0, total: records.length });
    try {
      const stored = await bulkImportRecords(db, plan.register, records, writeContext(settings), {
        onProgress: (done, total) => setPhase({ kind: 'storing', plan, done, total }),
      });
      setPhase({ kind: 'done', plan, stored, ms: Math.round(performance.now() - started) });
      onStored?.();
      message.success(t('preview.done', { n: stored }));
    } catch (e) {
      const reason =
        e instanceof ValidationError
          ? e.issues.map((i) => reasonText(t, i.message)).join('；')
          : errorReason(t, e);
      setPhase({ kind: 'failed', plan, reason });
    }
  };

  // Imported published items get no 索引号 inside the import (it made 10,000 rows three times slower):
  // numbered here in one step, oldest 公开日期 first (issue 13 item 16), as 补发索引号 does.
  const numberImported = async () => {
    setNumbering('running');
    try {
      const r = await assignMissingIndexNumbers(db, writeContext(settings));
      if (r.assigned.length > 0)
        message.success(t('catalogue:unnumbered.assigned', { n: r.assigned.length }));
      if (r.problem)
        message.warning(t('catalogue:unnumbered.stopped', { reason: issueText(t, r.problem) }), 8);
      else if (r.assigned.length === 0) message.info(t('catalogue:unnumbered.none'));
      setNumbering(r.problem ? 'idle' : 'done');
    } catch (e) {
      message.error(errorReason(t, e));
      setNumbering('idle');
    }
  };

  if (phase.kind === 'done') {
    const unnumbered =
      plan.register === 'publications'
        ? plan.accepted.filter((a) => {
            const p = a.record as RegisterRecord['publications'];
            return !!p.publishedDate && !p.indexNumber;
          }).length
        : 0;
    return (
      <Result
        status="success"
        data-testid="import-done"
        data-ms={phase.ms}
        title={t('preview.done', { n: phase.stored })}
        subTitle={t('preview.doneDetail', { failed: plan.failedRows, dup: plan.duplicates.length })}
        extra={[
          ...(unnumbered > 0 && numbering !== 'done'
            ? [
                <Button
                  key="number"
                  loading={numbering === 'running'}
                  data-testid="import-number"
                  onClick={() => void numberImported()}
                >
                  {t('preview.numberImported', { n: unnumbered })}
                </Button>,
              ]
            : []),
          <Button
            type="primary"
            key="open"
            data-testid="import-open-register"
            onClick={() => navigate(`/${plan.register}`)}
          >
            {t('preview.openRegister')}
          </Button>,
          <Button key="again" onClick={onRestart}>
            {t('preview.again')}
          </Button>,
        ]}
      />
    );
  }

  const fieldLabel = (key: string | null) => (key ? t(`field.${plan.register}.${key}`) : '');
  const warned = plan.accepted.filter((a) => a.warnings.length > 0);
  const warningKinds = [...new Set(warned.flatMap((a) => a.warnings.map((w) => w.reason)))];
  const skipLabel = {
    blank: t('preview.skipBlank'),
    totals: t('preview.skipTotals'),
    note: t('preview.skipNote'),
  };

  return (
    <div data-testid="import-preview-step">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic
            title={t('preview.good')}
            value={plan.accepted.length}
            styles={{ content: { color: '#3f8600' } }}
            data-testid="import-good"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('preview.failed')}
            value={plan.failedRows}
            styles={{ content: plan.failedRows ? { color: '#cf1322' } : undefined }}
            data-testid="import-failed"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('preview.duplicates')}
            value={plan.duplicates.length}
            data-testid="import-duplicates"
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('preview.skipped')} value={plan.skipped.length} data-testid="import-skipped" />
        </Col>
      </Row>
      {warned.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('preview.warnings', { n: warned.length })}${warningKinds.map((k) => reasonText(t, k)).join('；')}`}
        />
      )}
      {phase.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('preview.failedImport', { reason: phase.reason })}
        />
      )}
      <Tabs
        items={[
          {
            key: 'preview',
            label: t('preview.tabPreview', { n: Math.min(20, plan.accepted.length) }),
            children: (
              <PreviewTable plan={plan} serials={phase.kind === 'ready' ? phase.serials : new Map()} />
            ),
          },
          {
            key: 'failures',
            label: (
              <span data-testid="import-tab-failures">
                {t('preview.tabFailures', { n: plan.failures.length })}
              </span>
            ),
            children: (
              <Table
                rowKey={(f) => `${f.row}:${f.field}:${f.reason}`}
                size="small"
                data-testid="import-failures"
                dataSource={plan.failures}
                pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('preview.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('preview.fieldCol'),
                    key: 'field',
                    width: 220,
                    render: (_: unknown, f) => (
                      <>
                        {fieldLabel(f.field)}
                        {f.header && (
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {t('preview.fromColumn', { header: f.header })}
                          </Typography.Text>
                        )}
                      </>
                    ),
                  },
                  { title: t('preview.value'), dataIndex: 'value', ellipsis: true },
                  {
                    title: t('preview.reason'),
                    key: 'reason',
                    render: (_: unknown, f) => reasonText(t, f.reason),
                  },
                ]}
              />
            ),
          },
          {
            key: 'duplicates',
            label: t('preview.tabDuplicates', { n: plan.duplicates.length }),
            children: (
              <Table
                rowKey="row"
                size="small"
                dataSource={plan.duplicates}
                columns={[
                  { title: t('preview.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('preview.reason'),
                    key: 'of',
                    render: (_: unknown, d) =>
                      d.of.kind === 'row'
                        ? t('preview.duplicateOfRow', { row: d.of.row })
                        : t('preview.duplicateOfExisting'),
                  },
                ]}
              />
            ),
          },
          {
            key: 'skipped',
            label: t('preview.tabSkipped', { n: plan.skipped.length }),
            children: (
              <Table
                rowKey="row"
                size="small"
                dataSource={plan.skipped}
                columns={[
                  { title: t('preview.row'), dataIndex: 'row', width: 70 },
                  { title: t('preview.reason'), key: 'r', render: (_: unknown, s) => skipLabel[s.reason] },
                ]}
              />
            ),
          },
        ]}
      />
      {phase.kind === 'storing' ? (
        <Progress
          data-testid="import-progress"
          percent={phase.total ? Math.round((phase.done / phase.total) * 100) : 0}
          status="active"
          format={() => t('preview.importing', { done: phase.done, total: phase.total })}
        />
      ) : (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={onBack}>{t('preview.importNone')}</Button>
          <Button
            type="primary"
            data-testid="import-run"
            disabled={plan.accepted.length === 0}
            onClick={store}
          >
            {plan.accepted.length === 0
              ? t('preview.nothing')
              : t('preview.import', { n: plan.accepted.length })}
          </Button>
        </Space>
      )}
    </div>
  );
}
