import { Alert, App, Button, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localTimeText, type RegisterName, type ReportDoc } from '../../../shared/model';
import type { ReportFormat } from '../../../shared/report/format-types';
import { describeCell } from '../../../shared/report/labels';
import { displayParams, type ReportCheck, type ReportModel, storeOfKey } from '../../../shared/report/model';
import { diffReport } from '../../../shared/report/snapshot';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { finaliseYear } from './report-store';

interface Props {
  model: ReportModel;
  format: ReportFormat;
  texts: Record<string, string>;
  textChecks: ReportCheck[];
  snapshot: ReportDoc | null;
  /** 落款日期 to freeze with the snapshot: the date shown on the page (chosen, else the last snapshot’s, else today). */
  signDate: string;
  onRecords: (store: RegisterName, ids: string[], title: string) => void;
  /** After 定稿: the texts and 落款日期 are written with the snapshot (nothing left unsaved). */
  onFinalised?: () => void;
}

/**
 * 定稿 and what changed since: freezing is refused while errors stand; once frozen, any later
 * difference between the records and the published report is listed cell by cell.
 */
export function FinaliseCard({
  model,
  format,
  texts,
  textChecks,
  snapshot,
  signDate,
  onRecords,
  onFinalised,
}: Props) {
  const { t } = useTranslation('report');
  const { modal, message } = App.useApp();
  const settings = useSettings();
  const diff = snapshot ? diffReport(snapshot, model, texts) : null;
  const changed = diff && (diff.cells.length > 0 || diff.texts.length > 0);

  const finalise = () => {
    const errors = [...model.checks, ...textChecks].filter((c) => c.severity === 'error');
    if (errors.length > 0) {
      modal.error({
        title: t('finalise.blocked', { n: errors.length }),
        content: (
          <ul>
            {errors.slice(0, 10).map((c) => (
              <li key={c.id}>{t(c.key, displayParams(c.params, localTimeText))}</li>
            ))}
          </ul>
        ),
      });
      return;
    }
    // Hints do not block, but are named in the question: a 【请补充】 prompt left in the text, a 表二
    // figure not entered — the officer decides knowing them, not from a panel further up the page.
    const hints = [...model.checks, ...textChecks].filter((c) => c.severity === 'warning');
    modal.confirm({
      title: t('finalise.confirmTitle', { year: model.year }),
      content:
        hints.length === 0 ? (
          t('finalise.confirmBody')
        ) : (
          <div data-testid="finalise-hints">
            <Typography.Paragraph>{t('finalise.confirmBody')}</Typography.Paragraph>
            <Typography.Text type="warning">{t('finalise.hintsLeft', { n: hints.length })}</Typography.Text>
            <ul>
              {hints.slice(0, 10).map((c) => (
                <li key={c.id}>{t(c.key, displayParams(c.params, localTimeText))}</li>
              ))}
            </ul>
          </div>
        ),
      onOk: async () => {
        const res = await finaliseYear(
          db,
          model,
          format,
          texts,
          textChecks,
          writeContext(settings),
          signDate,
        );
        if (res.ok) {
          onFinalised?.();
          message.success(t('finalise.done'));
        }
      },
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {snapshot ? (
        <Typography.Text data-testid="finalised-at">
          {t('finalise.finalisedAt', { at: localTimeText(snapshot.finalisedAt ?? '') })}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('finalise.notYet')}</Typography.Text>
      )}
      {changed && (
        <Alert
          type="warning"
          showIcon
          data-testid="finalised-diff"
          title={t('finalise.differs')}
          description={
            <List
              size="small"
              rowKey={(item) => item.key}
              dataSource={[
                ...diff.cells.map((d) => {
                  const where = describeCell(format, d.key);
                  const store = storeOfKey(d.key);
                  const ids = [...d.added, ...d.removed];
                  return {
                    key: d.key,
                    text: `${where.table} ${where.row}${where.column ? ` / ${where.column}` : ''}${t('common:punct.colon')}${d.before} → ${d.after}`,
                    open:
                      store && store !== 'yearFigures' && ids.length > 0
                        ? () => onRecords(store, ids, where.row)
                        : null,
                  };
                }),
                ...diff.texts.map((d) => ({
                  key: `text:${d.section}`,
                  text: t('finalise.textChanged', {
                    section: format.sections.find((s) => s.id === d.section)?.title ?? d.section,
                  }),
                  open: null,
                })),
              ]}
              renderItem={(item) => (
                <List.Item
                  actions={
                    item.open
                      ? [
                          <Button key="o" type="link" size="small" onClick={item.open}>
                            {t('checks.recordsShort')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  {item.text}
                </List.Item>
              )}
            />
          }
        />
      )}
      <Button type="primary" danger={Boolean(snapshot)} onClick={finalise} data-testid="finalise">
        {snapshot ? t('finalise.again') : t('finalise.button')}
      </Button>
    </Space>
  );
}
