import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_COLUMNS, type CatalogueRow, catalogueTitleOfYears } from '../../../shared/catalogue/rows';
import { codesOf, VALIDITIES } from '../../../shared/model';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { FilterBar, SearchFilter, SelectFilter, useFilters } from '../../components/filters';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { useFirstScreenRows } from '../../components/first-screen-rows';
import { type ListColumn, ListTable } from '../../components/ListTable';
import { db } from '../../db/database';
import { catalogueRowsOf } from '../../db/repositories/catalogue-rows';
import { assignMissingIndexNumbers } from '../../db/repositories/index-numbers';
import { catalogueFilterOf } from './catalogue-reads';
import { ExportButtons } from './ExportButtons';
import { GuideSection } from './GuideSection';
import { issueText } from './issue-text';
import { ManualNumberModal } from './ManualNumberModal';
import { PatternSettings } from './PatternSettings';
import { useCatalogue } from './use-catalogue';

/** Where the catalogue's rows are (rowsOnFirstScreen): under the title, two-line rows. */
const CATALOGUE_ROWS = { above: 360, row: 61 };

/** Column widths on screen; 信息名称 and 内容概述 take the rest. */
const WIDTHS: Partial<Record<keyof CatalogueRow, number>> = {
  indexNumber: 260,
  publisher: 130,
  formedDate: 105,
  publishedDate: 105,
  docNumber: 140,
  category: 100,
  channels: 150,
  validity: 80,
};

/** Puts `text` on the clipboard: the async API where the page may use it, else a selected textarea. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Not allowed here (no focus or permission): the older way below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/**
 * An index number with a copy button. Plain elements, not antd's copyable text: that one draws a
 * tooltip, an icon button and their effects in each of the 50 rows, the largest part of the
 * catalogue's render (issue 17); the button's title says what it does.
 */
function IndexNumberCell({
  value,
  label,
  onCopy,
}: {
  value: string;
  label: string;
  onCopy: (v: string) => void;
}) {
  return (
    <span style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
      {value}
      <button
        type="button"
        className="desk-copy"
        title={label}
        aria-label={label}
        data-testid="copy-index-number"
        onClick={() => onCopy(value)}
      >
        <CopyOutlined />
      </button>
    </span>
  );
}

export default function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const { label, options } = useEnumLabel();
  const { message } = App.useApp();
  const settings = useSettings();
  const { get } = useFilters();
  const filter = catalogueFilterOf(get);
  const [manual, setManual] = useState<CatalogueRow | null>(null);
  const [numbering, setNumbering] = useState(false);

  const agencyName = settings.profile.agencyName;
  const today = todayLocal();
  const { view, rows, paging } = useCatalogue(filter, agencyName, today);
  // The rows the window shows first (taller rows, under the title), the rest after that paint.
  const tableRows = useFirstScreenRows(rows, true, CATALOGUE_ROWS);
  const unnumbered = view?.unnumbered ?? 0;
  const title = catalogueTitleOfYears(agencyName, filter.year ?? null, view?.matchYears ?? []);
  // Every row of the filters in force, read when an export asks for them.
  const exportRows = useCallback(
    async () => (view ? catalogueRowsOf(db, view.ids, agencyName, today) : []),
    [view, agencyName, today],
  );

  const numberMissing = async () => {
    setNumbering(true);
    try {
      const r = await assignMissingIndexNumbers(db, writeContext(settings));
      if (r.assigned.length > 0) message.success(t('unnumbered.assigned', { n: r.assigned.length }));
      if (r.problem) message.warning(t('unnumbered.stopped', { reason: issueText(t, r.problem) }));
      else if (r.assigned.length === 0) message.info(t('unnumbered.none'));
    } finally {
      setNumbering(false);
    }
  };

  const copy = useCallback(
    (value: string) =>
      copyText(value).then(
        () => message.success(t('copy.done', { value })),
        () => message.warning(t('copy.failed')),
      ),
    [message, t],
  );
  // The same column objects from render to render (issue 17): a re-render for the filters' state or
  // the numbering button then leaves the table's rows alone.
  const columns = useMemo(
    (): ListColumn<CatalogueRow>[] =>
      CATALOGUE_COLUMNS.map(({ key }) => ({
        title: t(`column.${key}`),
        dataIndex: key,
        key,
        width: WIDTHS[key],
        ellipsis: key === 'title' || key === 'summary',
        render: (_: never, row: CatalogueRow) => {
          if (key === 'indexNumber') {
            return row.indexNumber ? (
              <IndexNumberCell value={row.indexNumber} label={t('copy.button')} onCopy={copy} />
            ) : (
              <Button size="small" data-testid={`hand-entry-${row.id}`} onClick={() => setManual(row)}>
                {t('unnumbered.handEntry')}
              </Button>
            );
          }
          if (key === 'channels') return row.channels.map((c) => label('publicationChannel', c)).join('、');
          if (key === 'validity') {
            return (
              <Tag color={row.validity === 'valid' ? 'green' : 'default'}>
                {label('validity', row.validity)}
              </Tag>
            );
          }
          return row[key];
        },
      })),
    [t, label, copy],
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="catalogue-page">
      <Card title={t('section.catalogue')} extra={<ExportButtons rows={exportRows} title={title} />}>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        {unnumbered > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="unnumbered"
            title={t('unnumbered.title', { n: unnumbered })}
            description={t('unnumbered.body')}
            action={
              <Button loading={numbering} onClick={() => void numberMissing()} data-testid="assign-missing">
                {t('unnumbered.assign')}
              </Button>
            }
          />
        )}
        <FilterBar>
          <SearchFilter placeholder={t('filter.search')} />
          <SelectFilter
            name="year"
            width={110}
            placeholder={t('common:filter.allYears')}
            options={(view?.years ?? []).map((y) => ({
              value: String(y),
              label: t('common:filter.yearN', { n: y }),
            }))}
          />
          <SelectFilter
            name="category"
            placeholder={t('filter.category')}
            options={settings.categories.map((c) => ({ value: c, label: c }))}
          />
          <SelectFilter
            name="validity"
            width={110}
            placeholder={t('filter.validity')}
            options={options('validity', codesOf(VALIDITIES))}
          />
        </FilterBar>
        <Typography.Title level={5} style={{ textAlign: 'center' }} data-testid="catalogue-title">
          {title}
        </Typography.Title>
        {/* The registers' ListTable (antd's Table's elements without rc-table: issue 17, its 20 rows of
            10 columns were a ≈100 ms task of the first visit). 20 a page as every register list; 50 or
            100 one click away in the size changer. Paged here: only the rows of the page are read. */}
        <ListTable<CatalogueRow>
          size="small"
          scrollX={1500}
          data-testid="catalogue-table"
          loading={rows === undefined}
          rows={tableRows}
          columns={columns}
          paging={{
            current: paging.current,
            pageSize: paging.pageSize,
            total: view?.ids.length ?? 0,
            onChange: paging.change,
          }}
          showTotal={(n) => t('common:list.total', { n })}
        />
      </Card>
      {/* Below the first screen: drawn after the catalogue is painted. */}
      <Card title={t('section.pattern')} styles={{ body: { minHeight: 120 } }}>
        <AfterFirstPaint>
          <PatternSettings />
        </AfterFirstPaint>
      </Card>
      <Card title={t('section.guide')} styles={{ body: { minHeight: 80 } }}>
        {/* After the numbering rule, in a task of its own. */}
        <AfterFirstPaint frames={2}>
          <GuideSection />
        </AfterFirstPaint>
      </Card>
      {manual && <ManualNumberModal id={manual.id} title={manual.title} onClose={() => setManual(null)} />}
    </Space>
  );
}
