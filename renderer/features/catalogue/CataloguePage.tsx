import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildCatalogueRows,
  CATALOGUE_COLUMNS,
  type CatalogueRow,
  catalogueTitle,
  catalogueYears,
  filterCatalogueRows,
} from '../../../shared/catalogue/rows';
import { codesOf, VALIDITIES, type Validity } from '../../../shared/model';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { FilterBar, SearchFilter, SelectFilter, useFilters } from '../../components/filters';
import { db } from '../../db/database';
import { assignMissingIndexNumbers } from '../../db/repositories/index-numbers';
import { ExportButtons } from './ExportButtons';
import { GuideSection } from './GuideSection';
import { issueText } from './issue-text';
import { ManualNumberModal } from './ManualNumberModal';
import { PatternSettings } from './PatternSettings';

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

export default function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const { label, options } = useEnumLabel();
  const { message } = App.useApp();
  const settings = useSettings();
  const { get } = useFilters();
  const [year, category, validity, q] = ['year', 'category', 'validity', 'q'].map(get) as string[];
  const [manual, setManual] = useState<CatalogueRow | null>(null);
  const [numbering, setNumbering] = useState(false);

  const publications = useLiveQuery(() => db.publications.toArray(), []);
  const all = useMemo(
    // 有效性 from the 废止日期 as of today: the same rule as the annual report (issue 14).
    () => (publications ? buildCatalogueRows(publications, settings.profile, todayLocal()) : undefined),
    [publications, settings.profile],
  );
  const rows = useMemo(
    () =>
      all &&
      filterCatalogueRows(all, {
        year: year ? Number(year) : null,
        category: category || null,
        validity: (validity || null) as Validity | null,
        search: q,
      }),
    [all, year, category, validity, q],
  );
  const unnumbered = all?.filter((r) => !r.indexNumber).length ?? 0;
  const title = catalogueTitle(settings.profile.agencyName, year ? Number(year) : null, rows ?? []);

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

  const columns: ColumnsType<CatalogueRow> = CATALOGUE_COLUMNS.map(({ key }) => ({
    title: t(`column.${key}`),
    dataIndex: key,
    key,
    width: WIDTHS[key],
    ellipsis: key === 'title' || key === 'summary',
    render: (_: unknown, row: CatalogueRow) => {
      if (key === 'indexNumber') {
        return row.indexNumber ? (
          <Typography.Text
            copyable={{ text: row.indexNumber }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
          >
            {row.indexNumber}
          </Typography.Text>
        ) : (
          <Button size="small" data-testid={`hand-entry-${row.id}`} onClick={() => setManual(row)}>
            {t('unnumbered.handEntry')}
          </Button>
        );
      }
      if (key === 'channels') return row.channels.map((c) => label('publicationChannel', c)).join('、');
      if (key === 'validity') {
        return (
          <Tag color={row.validity === 'valid' ? 'green' : 'default'}>{label('validity', row.validity)}</Tag>
        );
      }
      return row[key];
    },
  }));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="catalogue-page">
      <Card title={t('section.catalogue')} extra={<ExportButtons rows={rows ?? []} title={title} />}>
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
            options={(all ? catalogueYears(all) : []).map((y) => ({
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
        <Table<CatalogueRow>
          rowKey="id"
          size="small"
          loading={rows === undefined}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 1500 }}
          data-testid="catalogue-table"
          pagination={{
            defaultPageSize: 50,
            showSizeChanger: true,
            showTotal: (n) => t('common:list.total', { n }),
          }}
        />
      </Card>
      <Card title={t('section.pattern')}>
        <PatternSettings />
      </Card>
      <Card title={t('section.guide')}>
        <GuideSection />
      </Card>
      {manual && <ManualNumberModal id={manual.id} title={manual.title} onClose={() => setManual(null)} />}
    </Space>
  );
}
