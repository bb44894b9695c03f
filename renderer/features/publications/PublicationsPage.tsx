import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DOC_KINDS, type Publication, VALIDITIES, codesOf } from '../../../shared/model';
import { todayLocal, useSettings } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import {
  FilterBar,
  matchesText,
  matchesYearMonth,
  SearchFilter,
  SelectFilter,
  useFilters,
  YearMonthFilters,
  yearOptions,
} from '../../components/filters';
import { RegisterPage } from '../../components/RegisterPage';
import { db } from '../../db/database';
import { PublicationDetail } from './PublicationDetail';
import { PublicationForm } from './PublicationForm';

/** The year a publication belongs to in lists: its 公开日期, or 成文日期 while unpublished. */
export const listDateOf = (p: Publication) => p.publishedDate ?? p.formedDate;

export default function PublicationsPage() {
  const { t } = useTranslation('publications');
  const { label, options } = useEnumLabel();
  const settings = useSettings();
  const { get } = useFilters();
  const [year, month, q, category, validity, status, kind] = [
    'year',
    'month',
    'q',
    'category',
    'validity',
    'status',
    'kind',
  ].map(get) as string[];

  const rows = useLiveQuery(async () => {
    // Indexed range query for the year when one is chosen (ten years of data stay fast).
    const base = year
      ? [
          ...(await db.publications
            .where('publishedDate')
            .between(`${year}-01-01`, `${year}-12-31`, true, true)
            .toArray()),
          ...(await db.publications
            .where('formedDate')
            .between(`${year}-01-01`, `${year}-12-31`, true, true)
            .filter((p) => !p.publishedDate)
            .toArray()),
        ]
      : await db.publications.toArray();
    return base
      .filter((p) => !p.deletedAt)
      .filter((p) => matchesYearMonth(listDateOf(p), year ?? '', month ?? ''))
      .filter((p) => !category || p.category === category)
      .filter((p) => !validity || p.validity === validity)
      .filter((p) => !kind || p.docKind === kind)
      .filter((p) => !status || (status === 'published' ? Boolean(p.publishedDate) : !p.publishedDate))
      .filter((p) => matchesText(q ?? '', p.title, p.summary, p.docNumber, p.indexNumber))
      .sort((a, b) => listDateOf(b).localeCompare(listDateOf(a)));
  }, [year, month, q, category, validity, status, kind]);

  const columns: ColumnsType<Publication> = [
    {
      title: t('field.title'),
      dataIndex: 'title',
      ellipsis: true,
      sorter: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
    },
    { title: t('field.docNumber'), dataIndex: 'docNumber', width: 150, ellipsis: true },
    { title: t('field.category'), dataIndex: 'category', width: 110 },
    {
      title: t('field.formedDate'),
      dataIndex: 'formedDate',
      width: 115,
      sorter: (a, b) => a.formedDate.localeCompare(b.formedDate),
    },
    {
      title: t('field.publishedDate'),
      dataIndex: 'publishedDate',
      width: 115,
      sorter: (a, b) => (a.publishedDate ?? '').localeCompare(b.publishedDate ?? ''),
      render: (d: string | null) => d ?? <Tag color="orange">{t('status.unpublished')}</Tag>,
    },
    {
      title: t('field.docKind'),
      dataIndex: 'docKind',
      width: 120,
      render: (k: string) => label('docKind', k),
    },
    {
      title: t('field.validity'),
      dataIndex: 'validity',
      width: 80,
      render: (v: string) => <Tag color={v === 'valid' ? 'green' : 'default'}>{label('validity', v)}</Tag>,
    },
  ];

  return (
    <RegisterPage<Publication>
      register="publications"
      rows={rows}
      columns={columns}
      titleOf={(p) => p.title}
      filters={
        <FilterBar>
          <SearchFilter placeholder={t('filter.search')} />
          <YearMonthFilters years={yearOptions(todayLocal())} />
          <SelectFilter
            name="category"
            placeholder={t('field.category')}
            options={settings.categories.map((c) => ({ value: c, label: c }))}
          />
          <SelectFilter
            name="status"
            width={120}
            placeholder={t('filter.status')}
            options={[
              { value: 'published', label: t('status.published') },
              { value: 'unpublished', label: t('status.unpublished') },
            ]}
          />
          <SelectFilter
            name="kind"
            width={150}
            placeholder={t('field.docKind')}
            options={options('docKind', codesOf(DOC_KINDS))}
          />
          <SelectFilter
            name="validity"
            width={100}
            placeholder={t('field.validity')}
            options={options('validity', codesOf(VALIDITIES))}
          />
        </FilterBar>
      }
      renderForm={(record, done) => <PublicationForm record={record} done={done} />}
      renderDetail={(record) => <PublicationDetail record={record} />}
    />
  );
}
