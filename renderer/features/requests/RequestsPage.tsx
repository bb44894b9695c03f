import { useMemo } from 'react';
import { Tag } from 'antd';
import type { ListColumn } from '../../components/ListTable';
import { useTranslation } from 'react-i18next';
import { answerOf, APPLICANT_TYPE_CODES, type DisclosureRequest } from '../../../shared/model';
import { SpreadsheetActions } from '../import/SpreadsheetActions';
import { todayLocal } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { useFilters, RegisterFilters, yearOptions } from '../../components/filters';
import { RegisterPage } from '../../components/RegisterPage';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { lettersOfRequest } from '../../db/repositories/letters';
import { daysLeftText, deadlineStatusTag } from '../deadlines/DeadlineStatusTag';
import { useDeadlines } from '../deadlines/use-deadlines';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { REQUEST_TABLES, requestFilterOf, requestListQuery } from './request-reads';

export default function RequestsPage() {
  const { t } = useTranslation('requests');
  const { t: tClock } = useTranslation('clock');
  const { label, options } = useEnumLabel();
  const { get } = useFilters();
  const filter = requestFilterOf(get);
  const deadline = get('deadline');
  const { querier, deps } = requestListQuery(filter);
  const rows = useTablesQuery(db.name, REQUEST_TABLES, querier, deps);

  // Due dates are derived from the live calendar on every render, never stored (issue 3).
  const deadlines = useDeadlines(rows);
  const shown =
    rows && deadline
      ? rows.filter((r) => {
          const d = deadlines.get(r.id);
          // '≤ N working days' in the list menu means due soon or already late; other values match a status.
          return deadline === 'dueWithin'
            ? d?.status === 'dueSoon' || d?.status === 'overdue'
            : d?.status === deadline;
        })
      : rows;

  // The same columns while the deadlines do not change (issue 17: see PublicationsPage).
  const columns = useMemo(
    (): ListColumn<DisclosureRequest>[] => [
      {
        title: t('field.serial'),
        dataIndex: 'serial',
        width: 110,
        sorter: (a, b) => a.serial.localeCompare(b.serial),
      },
      { title: t('field.content'), dataIndex: 'content', ellipsis: true },
      {
        title: t('field.applicantType'),
        dataIndex: 'applicantType',
        width: 120,
        render: (v: string) => label('applicantType', v),
      },
      {
        title: t('field.channel'),
        dataIndex: 'channel',
        width: 90,
        render: (v: string) => label('requestChannel', v),
      },
      {
        title: t('field.receivedDate'),
        dataIndex: 'receivedDate',
        width: 115,
        sorter: (a, b) => a.receivedDate.localeCompare(b.receivedDate),
      },
      {
        title: t('field.replyDue'),
        key: 'replyDue',
        width: 115,
        sorter: (a, b) =>
          (deadlines.get(a.id)?.replyDue ?? '').localeCompare(deadlines.get(b.id)?.replyDue ?? ''),
        render: (_: unknown, r) => deadlines.get(r.id)?.replyDue ?? '—',
      },
      {
        title: t('field.daysLeft'),
        key: 'daysLeft',
        width: 160,
        render: (_: unknown, r) => {
          const d = deadlines.get(r.id);
          return d ? (
            <>
              {deadlineStatusTag(tClock, d.status)} {daysLeftText(tClock, d.workingDaysLeft)}
            </>
          ) : null;
        },
      },
      {
        title: t('field.outcome'),
        key: 'outcome',
        width: 200,
        ellipsis: true,
        render: (_: unknown, r) => {
          const answer = answerOf(r);
          return answer ? (
            `${answer.date} ${label('outcome', answer.outcome)}`
          ) : (
            <Tag color="blue">{t('status.open')}</Tag>
          );
        },
      },
    ],
    [t, tClock, label, deadlines],
  );

  return (
    <RegisterPage<DisclosureRequest>
      register="requests"
      rows={shown}
      extraActions={<SpreadsheetActions register="requests" records={rows} />}
      columns={columns}
      titleOf={(r) => `${r.serial} ${r.content.slice(0, 30)}`}
      filters={
        <RegisterFilters
          search={t('filter.search')}
          years={yearOptions(todayLocal())}
          selects={[
            {
              name: 'status',
              width: 120,
              placeholder: t('filter.status'),
              options: [
                { value: 'open', label: t('status.open') },
                { value: 'answered', label: t('status.answered') },
              ],
            },
            {
              name: 'deadline',
              width: 120,
              placeholder: t('filter.deadline'),
              options: [
                { value: 'dueWithin', label: t('filter.dueWithin') },
                { value: 'dueSoon', label: t('filter.dueSoon') },
                { value: 'overdue', label: t('filter.overdue') },
                { value: 'awaitingCorrection', label: t('filter.awaitingCorrection') },
                { value: 'consulting', label: t('filter.consulting') },
              ],
            },
            {
              name: 'type',
              width: 150,
              placeholder: t('field.applicantType'),
              options: options('applicantType', APPLICANT_TYPE_CODES),
            },
          ]}
        />
      }
      renderForm={(record, done) => <RequestForm record={record} done={done} />}
      renderDetail={(record) => <RequestDetail record={record} />}
      deleteNote={async (r) => {
        const notes: string[] = [];
        // Issued letters stay (文号 never reused, DOMAIN.md §10): the officer should know before deleting.
        const issued = (await lettersOfRequest(db, r.id)).filter((l) => l.status === 'issued');
        if (issued.length > 0)
          notes.push(
            t('delete.hasLetters', { n: issued.length, numbers: issued.map((l) => l.number).join('、') }),
          );
        // A 复议/诉讼 case about this answer keeps pointing at it: said, as the case then shows it deleted.
        const cases = (await db.appeals.where('requestId').equals(r.id).toArray()).filter(
          (a) => !a.deletedAt,
        );
        if (cases.length > 0) notes.push(t('delete.hasAppeals', { n: cases.length }));
        return notes.length > 0 ? notes.join(' ') : null;
      }}
    />
  );
}
