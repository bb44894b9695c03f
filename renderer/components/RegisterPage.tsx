import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  memo,
  type ReactNode,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterName } from '../../shared/model';
import { whenIdle } from '../app/idle';
import { currentQuery, navigate, useLocation } from '../app/router';
import { todayLocal, useSettings, writeContext } from '../app/session';
import { db } from '../db/database';
import { deleteRecord } from '../db/repositories/registers';
import { afterNextPaint } from './AfterFirstPaint';
import { useFocusReturn } from './use-focus-return';
import { useFirstScreenRows } from './first-screen-rows';
import { type ListColumn, ListTable } from './ListTable';

interface Row {
  id: string;
  deletedAt?: string | null;
}

/**
 * Moves within the register (a record's drawer, the form, back to the list) keeping the list's
 * filters in the address: the list under the drawer stays as the officer left it — its search, year
 * and page — and closing the drawer returns to it. Without them the list behind an opened record
 * showed every year, and closing it lost the search.
 */
const withinList = (path: string) => navigate(path, Object.fromEntries(currentQuery().entries()));

/**
 * Set when the list pages in the database (issue 8: ten years of publications): `rows` is then the
 * current page only, `total` the size of the whole result.
 */
export interface RegisterPaging {
  current: number;
  pageSize: number;
  /** null while the database is still counting: the rows are shown first. */
  total: number | null;
  onChange: (page: number, pageSize: number) => void;
}

interface Props<T extends Row> {
  register: RegisterName;
  rows: T[] | undefined;
  total?: number;
  columns: ListColumn<T>[];
  filters: ReactNode;
  extraActions?: ReactNode;
  /** The create/edit form; `record` null = new. Call `done(id, saved)` after saving. */
  renderForm: (record: T | null, done: (id: string, saved?: unknown) => void) => ReactNode;
  renderDetail: (record: T) => ReactNode;
  /** What deleting this record also means (e.g. a request's issued letters), added to the question. */
  deleteNote?: (record: T) => Promise<string | null>;
  titleOf: (record: T) => string;
  paging?: RegisterPaging;
}

/**
 * The shape every register shares: filters, a sortable paged list, a form drawer (#/reg/new,
 * #/reg/<id>/edit) and a detail drawer (#/reg/<id>) with edit and delete-to-trash.
 */
export function RegisterPage<T extends Row>(props: Props<T>) {
  const { register, rows, columns } = props;
  const { t } = useTranslation('common');
  const { segments } = useLocation();
  const settings = useSettings();
  const { modal, message } = App.useApp();
  const back = () => withinList(`/${register}`);
  const [, sub, mode] = segments;
  const inRows = sub && sub !== 'new' ? rows?.find((r) => r.id === sub) : undefined;
  // A record the list does not hold is read by id: one on another page of a paged list, one the
  // list's filters leave out (a record just saved, opened from a searched list), one linked from
  // elsewhere.
  const paged = Boolean(props.paging);
  const readById = sub && sub !== 'new' && !inRows ? sub : null;
  const byId = useLiveQuery(
    async () =>
      readById ? { id: readById, record: (await db.table(register).get(readById)) as T | undefined } : null,
    [readById, register],
    // Nothing to read: null at once (the list is not drawn again when the read says so).
    readById ? undefined : null,
  );
  // A live query shows its last result until the new one arrives: only a result for this id counts.
  const fetched = byId && byId.id === sub && sub !== 'new' ? byId.record : undefined;
  // The record a save in this page's form has just written: its detail opens with it at once, in
  // the render that closes the form (issue 17), not after the list or a read by id brings it — nor
  // with the list's older version of an edited record until the list has read it again. Shown until
  // a read of the record comes in after the save (the list's or the one by id): not compared by
  // updatedAt, which two writes in one millisecond, or a clock set back, leave equal or older. Kept
  // in a ref the move to the detail then finds: as state it drew the closing form again first.
  const justSaved = useRef<{ record: T; readBefore: T | undefined } | null>(null);
  const read = inRows ?? fetched;
  const readNow = useRef(read);
  readNow.current = read;
  const last = justSaved.current;
  const saved = last && last.record.id === sub && read === last.readBefore ? last.record : undefined;
  // Once a read has come in after the save, the saved record is forgotten (never shown again later).
  useEffect(() => {
    const l = justSaved.current;
    if (l && l.record.id === sub && read !== l.readBefore) justSaved.current = null;
  }, [sub, read]);
  const selected = saved ?? inRows ?? (fetched && !fetched.deletedAt ? fetched : undefined);
  // Column sorters would sort one page only: a paged list keeps the database's order. Built once per
  // column set, so the table sees the same columns when only the rows or the count change.
  const shownColumns = useMemo(
    () => (paged ? columns.map((c) => ({ ...c, sorter: undefined })) : columns),
    [paged, columns],
  );
  // A page of the database's: its first screen of rows first (antd pages a list it holds whole).
  const tableRows = useFirstScreenRows(rows, paged);
  // The list's paging callback changes with every render of the list; the table is given one that
  // does not, so that opening a record does not draw the table again.
  const pagingChange = useRef(props.paging?.onChange);
  pagingChange.current = props.paging?.onChange;
  const onPageChange = useCallback((page: number, size: number) => pagingChange.current?.(page, size), []);
  const isNew = sub === 'new';
  const editOpen = Boolean(selected) && mode === 'edit';
  const formOpen = isNew || editOpen;
  const detailOpen = Boolean(selected) && mode !== 'edit';
  // Once the record's drawers have closed, the keyboard is back on the row (or 新增) that opened them.
  useFocusReturn(formOpen || detailOpen);
  // The drawers' contents are drawn again only when their record changes (issue 17): 编辑 and the
  // save's return to the detail change the address alone, and drew the closing drawer's whole
  // content again (a request's detail: its timeline, deadlines and letters) in the same task as
  // the opening one's.
  const render = useRef({ form: props.renderForm, detail: props.renderDetail });
  render.current = { form: props.renderForm, detail: props.renderDetail };
  // The form is drawn once for the record it opened with (its values are its own from then on:
  // antd reads initialValues once). A newer version of that record does not draw it again — the one
  // its own save just wrote, shown for the render or two before the address has moved to the detail
  // (the list's new read draws the page meanwhile: the publication form's 28 fields drawn again in
  // the save's path, issue 17), or a list's new read.
  const formRecord = editOpen ? (selected ?? null) : undefined;
  const formRecordNow = useRef(formRecord);
  formRecordNow.current = formRecord;
  const formKey = formRecord === undefined ? undefined : (formRecord?.id ?? null);
  const formContent = useMemo(
    () =>
      formKey === undefined
        ? null
        : render.current.form(formRecordNow.current ?? null, (id, record) => {
            if (record) justSaved.current = { record: record as T, readBefore: readNow.current };
            withinList(`/${register}/${id}`);
          }),
    [formKey, register],
  );
  // 新增's form drawn ahead (issue 17): while the list alone is shown and the window is idle, the
  // form is drawn in the closed drawer as a transition (in slices, a click going first), so that 新增
  // opens a form already drawn. It is kept only while the list alone is shown (a record's drawer has
  // its own fields), and a form that was shown is replaced by a fresh one (its values were the
  // officer's).
  const [newAhead, setNewAhead] = useState(false);
  const newShown = useRef(false);
  useEffect(() => {
    if (isNew) {
      newShown.current = true;
      return;
    }
    // Taken down (then drawn afresh once the list is idle again: the effect runs again).
    if (newShown.current || sub) {
      newShown.current = false;
      if (newAhead) {
        setNewAhead(false);
        return;
      }
    }
    // Also after a 新增 whose form was not drawn ahead (clicked before the window was idle).
    if (sub || newAhead) return;
    let left = false;
    whenIdle(() => {
      if (!left) startTransition(() => setNewAhead(true));
    });
    return () => {
      left = true;
    };
  }, [isNew, sub, newAhead]);
  const newDrawn = isNew || (newAhead && !sub);
  const newContent = useMemo(
    () =>
      render.current.form(null, (id, record) => {
        if (record) justSaved.current = { record: record as T, readBefore: readNow.current };
        withinList(`/${register}/${id}`);
      }),
    [register],
  );
  const detailContent = useMemo(() => (selected ? render.current.detail(selected) : null), [selected]);
  // The form takes the keyboard focus once it has been painted, not as it is drawn (issue 17): a
  // focus lays the page out at once, 35–50 ms of 新增's task; after the paint the layout is done.
  // Its field marked data-autofocus (the publication's 信息名称), else the drawer itself (Esc).
  const formBody = useRef<HTMLDivElement>(null);
  const newBody = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formKey === undefined && !isNew) return;
    return afterNextPaint(() => {
      const body = isNew ? newBody.current : formBody.current;
      const target =
        body?.querySelector<HTMLElement>('[data-autofocus]') ??
        body?.closest<HTMLElement>('.ant-drawer[tabindex]');
      if (target && !body?.contains(document.activeElement)) target.focus({ preventScroll: true });
    });
  }, [formKey, isNew]);

  const confirmDelete = async (record: T) => {
    const body = t('confirm.deleteBody', { title: props.titleOf(record), days: 30 });
    const note = (await props.deleteNote?.(record)) ?? null;
    modal.confirm({
      title: t('confirm.deleteTitle'),
      content: note ? (
        <>
          <Typography.Paragraph>{body}</Typography.Paragraph>
          <Typography.Paragraph type="warning" data-testid="delete-note">
            {note}
          </Typography.Paragraph>
        </>
      ) : (
        body
      ),
      okText: t('action.delete'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: async () => {
        await deleteRecord(db, register, record.id, writeContext(settings));
        message.success(t('message.movedToTrash'));
        back();
      },
    });
  };

  return (
    <div data-testid={`register-${register}`}>
      <div style={{ display: 'flex', gap: 12, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>{props.filters}</div>
        <Space>
          {props.extraActions}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="new-record"
            onClick={() => withinList(`/${register}/new`)}
          >
            {t('action.new')}
          </Button>
        </Space>
      </div>
      <RegisterTable<T>
        register={register}
        rows={tableRows}
        loading={rows === undefined}
        columns={shownColumns}
        rowCount={rows?.length ?? 0}
        paged={paged}
        current={props.paging?.current ?? 1}
        pageSize={props.paging?.pageSize ?? 20}
        total={props.paging?.total ?? null}
        onPageChange={onPageChange}
      />
      <Drawer
        open={isNew}
        size={720}
        // Mounted with the list, empty: antd's drawer first renders its panel empty and draws it in a
        // layout effect — a synchronous render, which for a form drawn ahead was one task of 100–140 ms
        // (a start into 主动公开, bureau); mounted ahead, the form alone is drawn, in the transition's slices.
        forceRender
        title={t('action.new')}
        onClose={back}
        autoFocus={false}
      >
        {newDrawn && (
          // Drawn afresh on another day: its dates start as the day it was drawn.
          <div ref={newBody} key={todayLocal()}>
            {newContent}
          </div>
        )}
      </Drawer>
      <Drawer
        open={editOpen}
        size={720}
        destroyOnHidden
        title={t('action.edit')}
        // Closing 编辑 (Esc, ×, a click outside) returns to the record it was opened from.
        onClose={() => withinList(`/${register}/${sub}`)}
        autoFocus={false}
      >
        <div ref={formBody}>{formContent}</div>
      </Drawer>
      <Drawer
        open={detailOpen}
        size={720}
        destroyOnHidden
        title={selected ? props.titleOf(selected) : ''}
        onClose={back}
        extra={
          selected && (
            <Space>
              <Button
                data-testid="edit-record"
                onClick={() => withinList(`/${register}/${selected.id}/edit`)}
              >
                {t('action.edit')}
              </Button>
              <Button danger data-testid="delete-record" onClick={() => void confirmDelete(selected)}>
                {t('action.delete')}
              </Button>
            </Space>
          )
        }
      >
        {detailContent}
      </Drawer>
      {sub && sub !== 'new' && rows && !selected && (!readById || byId?.id === sub) && (
        <Typography.Text type="warning">{t('list.recordNotInList')}</Typography.Text>
      )}
    </div>
  );
}

interface TableProps<T extends Row> {
  register: RegisterName;
  rows: T[] | undefined;
  loading: boolean;
  columns: ListColumn<T>[];
  /** The rows the list holds (the table may be given its first screen of them only). */
  rowCount: number;
  /** The database pages: `rows` is one page, `total` the result's size (null while counting). */
  paged: boolean;
  current: number;
  pageSize: number;
  total: number | null;
  onPageChange: (page: number, pageSize: number) => void;
}

/**
 * A register's table, drawn again only when what it shows changes (issue 17): opening or closing a
 * record's drawer changes the address, and re-rendered every row of the list with it.
 */
const RegisterTable = memo(function RegisterTable<T extends Row>(p: TableProps<T>) {
  const { t } = useTranslation('common');
  const { register, paged, current, pageSize, total, rowCount } = p;
  const onRowClick = useCallback((record: T) => withinList(`/${register}/${record.id}`), [register]);
  return (
    <ListTable<T>
      rows={p.rows}
      loading={p.loading}
      columns={p.columns}
      onRowClick={onRowClick}
      showTotal={(n) => (paged && total === null ? '…' : t('list.total', { n }))}
      paging={
        paged
          ? {
              current,
              pageSize,
              // Until the count arrives, offer the next page when this one is full.
              total: total ?? (current - 1) * pageSize + rowCount + (rowCount === pageSize ? 1 : 0),
              onChange: p.onPageChange,
            }
          : undefined
      }
    />
  );
}) as <T extends Row>(p: TableProps<T>) => ReactNode;
