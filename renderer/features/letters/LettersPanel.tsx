import { App as AntApp, Button, Card, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { buildCalendar } from '../../../shared/calendar';
import { draftLetter, factsFromRecord, neededLetter } from '../../../shared/letters';
import { lateLetters } from '../../../shared/letters/register';
import {
  type DisclosureRequest,
  LETTER_TYPES,
  type Letter,
  type LetterFacts,
  type LetterType,
} from '../../../shared/model';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { loadCalendarData } from '../../db/repositories/calendar';
import {
  createDraft,
  discardDraft,
  issueLetter,
  lettersOfRequest,
  updateDraft,
} from '../../db/repositories/letters';
import { getSettings } from '../../db/repositories/settings';
import { DraftModal } from './DraftModal';
import { IssueModal } from './IssueModal';
import { LetterEditor } from './LetterEditor';
import { LETTER_PRINT_CSS, LetterSheet } from './LetterSheet';
import { saveLetterDocx } from './letter-files';
import { platform } from '../../platform';
import { fileFailureText } from '../../platform/save-message';
import { errorReason } from '../../components/error-reason';
import { askDiscard } from '../../components/use-unsaved-guard';

/**
 * The letters of a request (DOMAIN.md §10), on its page: draft the letter the current step needs,
 * edit the wording, issue it (文号 + frozen text + the timeline step, in one transaction), print,
 * export .docx; issued letters are listed and never edited — a correction is a new letter.
 */
export function LettersPanel({ request }: { request: DisclosureRequest }) {
  const { t } = useTranslation('letters');
  const { message, modal } = AntApp.useApp();
  // A draft that could not be saved before its issue dialog or its deletion: said, not swallowed.
  const failed = (err: unknown) =>
    message.error(t('common:message.saveFailed', { reason: errorReason(t, err) }));
  const settings = useSettings();
  const letters = useLiveQuery(() => lettersOfRequest(db, request.id), [request.id]) ?? [];
  const needed = neededLetter(request, letters);
  const late = lateLetters(letters).count;
  const types = LETTER_TYPES.filter((x) => x !== 'receipt' || settings.receiptLetters);
  const [type, setType] = useState<LetterType | null>(null);
  const [drafting, setDrafting] = useState<{ type: LetterType; replaces: Letter | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // The open draft's wording has changes not saved (LetterEditor): Esc, × or a click outside ask first.
  const editorDirty = useRef(false);
  const closeEditor = () => {
    if (!editorDirty.current) return setEditing(null);
    askDiscard(modal, t, {
      onOk: () => {
        editorDirty.current = false;
        setEditing(null);
      },
    });
  };
  const [issuing, setIssuing] = useState<Letter | null>(null);
  const [viewing, setViewing] = useState<Letter | null>(null);
  // The viewed letter is also in the page for print (print styles hide everything else): printing is
  // window.print() in browser mode and in Electron alike (the system dialog offers PDF).
  const [printAsked, setPrintAsked] = useState(false);
  const chosen = type ?? needed ?? 'answer';
  const editingLetter = letters.find((l) => l.id === editing && l.status === 'draft') ?? null;
  const today = todayLocal();

  useEffect(() => {
    if (!printAsked || !viewing) return;
    setPrintAsked(false);
    const timer = window.setTimeout(() => window.print(), 50);
    return () => window.clearTimeout(timer);
  }, [printAsked, viewing]);
  const print = (l: Letter) => {
    setViewing(l);
    setPrintAsked(true);
  };

  const draft = async (facts: Partial<LetterFacts>) => {
    if (!drafting) return;
    const [fresh, s, cal] = await Promise.all([
      db.requests.get(request.id),
      getSettings(db),
      loadCalendarData(db),
    ]);
    const pubs = facts.publicationId
      ? await db.publications.where('id').equals(facts.publicationId).toArray()
      : [];
    const model = draftLetter({
      type: drafting.type,
      request: fresh ?? request,
      settings: s,
      publications: pubs,
      today,
      calendar: buildCalendar(cal),
      facts,
    });
    const l = await createDraft(db, request.id, model, writeContext(s), drafting.replaces?.id ?? null);
    setDrafting(null);
    setEditing(l.id);
  };

  const exportDocx = async (l: Letter) => {
    const r = await saveLetterDocx(l, today);
    if (r.ok) message.success(t('panel.exported', { name: l.number ?? l.title }));
    else if (r.error !== 'cancelled')
      message.error(t('panel.exportFailed', { message: fileFailureText(t, r) }));
  };

  // Electron: main prints the page (the print styles leave only the letter) and saves the PDF;
  // browser mode opens the print dialog, which offers “Save as PDF”.
  const savePdf = async (l: Letter) => {
    const name = `${l.number ?? '草稿'}${l.title.replace(/[\\/:*?"<>|]/g, '')}.pdf`;
    const r = await platform.fileSavePdf({ suggestedName: name });
    if (r.ok) message.success(t('panel.exported', { name: l.number ?? l.title }));
    else if (r.error !== 'cancelled')
      message.error(t('panel.exportFailed', { message: fileFailureText(t, r) }));
  };

  const columns = [
    { title: t('panel.type'), dataIndex: 'type', render: (v: LetterType) => t(`type.${v}`) },
    {
      title: t('panel.number'),
      dataIndex: 'number',
      render: (v: string | null, l: Letter) => (
        <span data-testid="letter-number">
          {v ?? <Tag>{t('panel.draft')}</Tag>}
          {l.late && (
            <Tag color="red" data-testid="letter-late">
              {t('panel.lateTag')}
            </Tag>
          )}
          {l.replacesId && (
            <Tag>
              {t('panel.replaces', { number: letters.find((x) => x.id === l.replacesId)?.number ?? '' })}
            </Tag>
          )}
        </span>
      ),
    },
    { title: t('panel.issuedDate'), dataIndex: 'issuedDate', render: (v: string | null) => v ?? '—' },
    {
      title: t('panel.delivery'),
      dataIndex: 'delivery',
      render: (d: Letter['delivery']) => (d ? `${t(`delivery.${d.method}`)} ${d.date ?? ''}` : '—'),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, l: Letter) =>
        l.status === 'draft' ? (
          <Button size="small" onClick={() => setEditing(l.id)}>
            {t('panel.edit')}
          </Button>
        ) : (
          <Space size={4} wrap>
            <Button size="small" onClick={() => setViewing(l)} data-testid="letter-view">
              {t('panel.view')}
            </Button>
            <Button size="small" onClick={() => print(l)} data-testid="letter-print">
              {t('panel.print')}
            </Button>
            <Button size="small" onClick={() => void exportDocx(l)} data-testid="letter-docx">
              {t('panel.docx')}
            </Button>
            <Button size="small" onClick={() => setDrafting({ type: l.type, replaces: l })}>
              {t('panel.correct')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('panel.title')}
      style={{ marginTop: 16 }}
      data-testid="letters-panel"
      extra={
        late > 0 ? (
          <Tag color="red" data-testid="letters-late-count">
            {t('panel.lateCount', { n: late })}
          </Tag>
        ) : null
      }
    >
      <style>{LETTER_PRINT_CSS}</style>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 220 }}
          value={chosen}
          onChange={setType}
          aria-label={t('panel.type')}
          data-testid="letter-type"
          options={types.map((x) => ({ value: x, label: t(`type.${x}`) }))}
        />
        <Button
          type="primary"
          onClick={() => setDrafting({ type: chosen, replaces: null })}
          data-testid="letter-draft"
        >
          {t('panel.draftNew')}
        </Button>
        {needed && (
          <Typography.Text type="secondary">
            {t('panel.needed', { type: t(`type.${needed}`) })}
          </Typography.Text>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={letters}
        columns={columns}
        locale={{ emptyText: t('panel.none') }}
        data-testid="letters-table"
      />
      {drafting && (
        <DraftModal
          type={drafting.type}
          initial={drafting.replaces?.facts ?? factsFromRecord(drafting.type, request)}
          onCancel={() => setDrafting(null)}
          onDraft={(f) => void draft(f)}
        />
      )}
      {editingLetter && (
        <Modal
          open
          width={860}
          footer={null}
          title={t(`type.${editingLetter.type}`)}
          onCancel={closeEditor}
          destroyOnHidden
        >
          <LetterEditor
            letter={editingLetter}
            dirty={editorDirty}
            onSave={async (patch) => {
              // Saved from here on (leaving at once asks nothing); unsaved again if the save fails.
              editorDirty.current = false;
              try {
                await updateDraft(db, editingLetter.id, patch, writeContext(settings));
                message.success(t('panel.saved'));
              } catch (err) {
                editorDirty.current = true;
                failed(err);
              }
            }}
            onIssue={(patch) =>
              void updateDraft(db, editingLetter.id, patch, writeContext(settings)).then((l) => {
                editorDirty.current = false;
                setIssuing(l);
              }, failed)
            }
            onDiscard={() =>
              void discardDraft(db, editingLetter.id, writeContext(settings)).then(() => {
                editorDirty.current = false;
                setEditing(null);
              }, failed)
            }
          />
        </Modal>
      )}
      {issuing && (
        <IssueModal
          letter={issuing}
          onCancel={() => setIssuing(null)}
          onIssue={async (how) => {
            const r = await issueLetter(db, issuing.id, how, { ...writeContext(settings), today });
            if (!r.ok) return r.errors;
            message.success(t('panel.issuedOk', { number: r.letter.number }));
            setIssuing(null);
            setEditing(null);
            setViewing(r.letter);
            return null;
          }}
        />
      )}
      {viewing && (
        <Modal
          open
          width={900}
          title={viewing.number}
          onCancel={() => setViewing(null)}
          footer={
            <Space>
              <Button onClick={() => print(viewing)}>{t('panel.print')}</Button>
              <Button onClick={() => void savePdf(viewing)} data-testid="letter-pdf">
                {t('panel.pdf')}
              </Button>
              <Button onClick={() => void exportDocx(viewing)}>{t('panel.docx')}</Button>
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('editor.frozen')}</Typography.Paragraph>
          <div style={{ overflow: 'auto', background: '#f5f5f5', padding: 8 }}>
            <LetterSheet letter={viewing} date={today} />
          </div>
        </Modal>
      )}
      {viewing && createPortal(<LetterSheet letter={viewing} date={today} print />, document.body)}
    </Card>
  );
}
