import { Tag } from 'antd';
import type { ListColumn } from '../../components/ListTable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_KINDS, type Publication, VALIDITIES, codesOf } from '../../../shared/model';
import { todayLocal, useSettings } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { useFilters, RegisterFilters, yearOptions } from '../../components/filters';
import { PagedSpreadsheetActions } from '../../components/PagedSpreadsheetActions';
import { RegisterPage } from '../../components/RegisterPage';
import { usePagedList } from '../../components/use-paged-list';
import { db } from '../../db/database';
import { loadPublicationRange } from '../../db/repositories/publication-list';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { publicationClock } from '../../../shared/requests';
import { PublicationDetail } from './PublicationDetail';
import { PublicationForm } from './PublicationForm';
import { publicationFilterOf, publicationListSource } from './publication-reads';

/** The year a publication belongs to in lists: its 公开日期, or 成文日期 while unpublished. */
export const listDateOf = (p: Publication) => p.publishedDate ?? p.formedDate;

export default function PublicationsPage() {
  const { t } = useTranslation('publications');
  const { label, options } = useEnumLabel();
  const settings = useSettings();
  const { get } = useFilters();
  const filter = publicationFilterOf(get);
  const late = get('late');
  const calendar = useWorkCalendar();
  const today = todayLocal();
  // 条例第二十六条: published more than 20 working days after being formed (derived, never stored).
  // Once per record for this calendar and day: the table renders its rows several times on open.
  const isLate = useMemo(() => {
    const known = new WeakMap<Publication, boolean>();
    return (p: Publication) => {
      let late = known.get(p);
      if (late === undefined) {
        late = publicationClock(p, calendar, today).late;
        known.set(p, late);
      }
      return late;
    };
  }, [calendar, today]);
  // Ten years hold 200,000 items (issue 8): the list pages in the listDate index when it can and
  // reads records only for filters no index answers (renderer/db/repositories/publication-list.ts).
  const list = usePagedList(
    publicationListSource(filter, late ? { isLate, calendarVersion: calendar.version, today } : null),
  );
  const shown = list.rows;

  // The same column objects from render to render (issue 17): the table's cells then skip rows whose
  // record did not change when only the count or the loading state did.
  const columns = useMemo(
    (): ListColumn<Publication>[] => [
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
        render: (d: string | null, p) =>
          d ? (
            <>
              {d} {isLate(p) && <Tag color="red">{t('status.late')}</Tag>}
            </>
          ) : (
            <Tag color="orange">{t('status.unpublished')}</Tag>
          ),
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
    ],
    [t, label, isLate],
  );

  return (
    <RegisterPage<Publication>
      register="publications"
      rows={shown}
      paging={list.paging}
      extraActions={
        <PagedSpreadsheetActions
          register="publications"
          all={list.all}
          loadRange={filter.year ? () => loadPublicationRange(db, filter) : null}
        />
      }
      columns={columns}
      titleOf={(p) => p.title}
      filters={
        <RegisterFilters
          search={t('filter.search')}
          years={yearOptions(todayLocal())}
          selects={[
            {
              name: 'category',
              placeholder: t('field.category'),
              options: settings.categories.map((c) => ({ value: c, label: c })),
            },
            {
              name: 'status',
              width: 120,
              placeholder: t('filter.status'),
              options: [
                { value: 'published', label: t('status.published') },
                { value: 'unpublished', label: t('status.unpublished') },
              ],
            },
            {
              name: 'kind',
              width: 150,
              placeholder: t('field.docKind'),
              options: options('docKind', codesOf(DOC_KINDS)),
            },
            {
              name: 'validity',
              width: 100,
              placeholder: t('field.validity'),
              options: options('validity', codesOf(VALIDITIES)),
            },
          ]}
        />
      }
      renderForm={(record, done) => <PublicationForm record={record} done={done} />}
      renderDetail={(record) => <PublicationDetail record={record} />}
    />
  );
}
