import { App, Button, Checkbox, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LetterRegisterRow,
  lateLetters,
  letterRegisterRows,
  registerColumns,
} from '../../../shared/letters/register';
import { navigate } from '../../app/router';
import { todayLocal, useSettings } from '../../app/session';
import { useFilters } from '../../components/filters';
import { db } from '../../db/database';
import { letterRegisterData } from '../../db/repositories/letters';
import { platform } from '../../platform';
import { fileFailureText } from '../../platform/save-message';

/**
 * 发文登记: the letters issued in a year (文号, type, request, applicant type, dates, late), from
 * the one register definition in shared/letters/register.ts; .xlsx export without names unless
 * the officer asks. `#/letters?year=2026&late=1` shows the year's letters issued late (the
 * dashboard's count links here).
 */
export default function LettersRegisterPage() {
  const { t, i18n } = useTranslation('letters');
  const { message } = App.useApp();
  const settings = useSettings();
  const { get, set } = useFilters();
  const year = Number(get('year')) || Number(todayLocal().slice(0, 4));
  const lateOnly = get('late') === '1';
  const [withNames, setWithNames] = useState(false);
  const loaded = useLiveQuery(async () => {
    const { letters, requests } = await letterRegisterData(db, year);
    return { rows: letterRegisterRows(letters, requests), late: lateLetters(letters).count };
  }, [year]);
  const rows = loaded && (lateOnly ? loaded.rows.filter((r) => r.late) : loaded.rows);
  const en = i18n.language === 'en';
  const columns = registerColumns(withNames).map((c) => ({
    key: c.key,
    dataIndex: c.key,
    title: en ? c.en : c.zh,
    render: (v: unknown, r: LetterRegisterRow) =>
      c.key === 'late' ? (
        r.late ? (
          <Tag color="red">{t('register.yes')}</Tag>
        ) : (
          t('register.no')
        )
      ) : c.key === 'typeZh' ? (
        t(`type.${r.type}`)
      ) : c.key === 'serial' ? (
        <Typography.Link onClick={() => navigate(`/requests/${r.requestId}`)}>{String(v)}</Typography.Link>
      ) : (
        String(v ?? '')
      ),
  }));
  const exportXlsx = async () => {
    const { buildLetterRegisterWorkbook } = await import('../../../shared/letters/register-xlsx');
    const wb = buildLetterRegisterWorkbook(rows ?? [], {
      year,
      agencyName: settings.profile.agencyName,
      withNames,
    });
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const name = `${year}年发文登记${lateOnly ? '（逾期签发）' : ''}.xlsx`;
    const r = await platform.fileSave({
      suggestedName: name,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data,
    });
    if (r.ok) message.success(t('panel.exported', { name }));
    else if (r.error !== 'cancelled')
      message.error(t('panel.exportFailed', { message: fileFailureText(t, r) }));
  };
  return (
    <div data-testid="letters-register">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('register.year')}</span>
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && set('year', v)}
          data-testid="letters-year"
          aria-label={t('register.year')}
        />
        <Checkbox
          checked={lateOnly}
          onChange={(e) => set('late', e.target.checked ? 1 : null)}
          data-testid="letters-late-only"
        >
          {t('register.lateOnly')}
        </Checkbox>
        <Checkbox checked={withNames} onChange={(e) => setWithNames(e.target.checked)}>
          {t('register.withNames')}
        </Checkbox>
        <Button onClick={() => void exportXlsx()} data-testid="letters-export">
          {t('register.export')}
        </Button>
        <Typography.Text type="secondary" data-testid="letters-count">
          {t('register.count', { n: loaded?.rows.length ?? 0 })}
          {t('register.lateCount', { n: loaded?.late ?? 0 })}
        </Typography.Text>
      </Space>
      <Table<LetterRegisterRow>
        size="small"
        rowKey="id"
        loading={rows === undefined}
        dataSource={rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, showSizeChanger: false }}
      />
    </div>
  );
}
