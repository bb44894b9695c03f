import { App, Button, Input, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CalendarImportResult,
  parseArrangementText,
  parseCalendarJson,
  parseIcsArrangement,
} from '../../../shared/calendar';
import type { CalendarOverride, CalendarYear } from '../../../shared/model';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { platform } from '../../platform';

interface Preview {
  overrides: CalendarOverride[];
  years: CalendarYear[];
  problems: string[];
  ignored: number[];
}

/** What was understood, what was not, and the button to save it (nothing is stored before that). */
function PreviewBlock({
  preview,
  onApply,
  testId,
}: {
  preview: Preview;
  onApply: () => void;
  testId: string;
}) {
  const { t } = useTranslation('clock');
  const holidays = preview.overrides.filter((o) => o.kind === 'holiday').length;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={testId}>
      <Typography.Text>
        {t('calendar.previewSummary', { holidays, workdays: preview.overrides.length - holidays })}
      </Typography.Text>
      {preview.years.length > 0 && (
        <Typography.Text>
          {t('calendar.import.yearsFound', {
            years: preview.years
              .filter((y) => y.complete)
              .map((y) => y.year)
              .join('、'),
          })}
        </Typography.Text>
      )}
      {preview.problems.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={preview.problems}
          renderItem={(p) => (
            <List.Item>
              <Typography.Text type="danger">{p}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {preview.ignored.length > 0 && (
        <Typography.Text type="secondary">
          {t('calendar.ignored', { lines: preview.ignored.join('、') })}
        </Typography.Text>
      )}
      <Button
        type="primary"
        disabled={preview.overrides.length === 0 && preview.years.length === 0}
        onClick={onApply}
        data-testid={`${testId}-apply`}
      >
        {t('calendar.apply')}
      </Button>
    </Space>
  );
}

type Save = (overrides: CalendarOverride[], years: CalendarYear[]) => Promise<boolean>;

/** 快速录入: paste or type the arrangement, preview, save. */
export function QuickEntry({ year, onSave }: { year: number; onSave: Save }) {
  const { t } = useTranslation('clock');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  // An arrangement typed or pasted and not saved: leaving the page or the year asks first, as the
  // registers' forms do (it was dropped without a word).
  const dirty = useRef(false);
  useEffect(() => {
    dirty.current = text.trim() !== '';
  }, [text]);
  useUnsavedGuard(dirty);
  const run = () => {
    const r = parseArrangementText(text, { defaultYear: year, note });
    setPreview({
      overrides: r.overrides,
      years: [],
      problems: r.errors.map((e) =>
        t('calendar.lineError', { line: e.line, text: e.text, reason: t(`calendar.${e.key}`) }),
      ),
      ignored: r.ignoredLines,
    });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendar.quick.help')}
      </Typography.Paragraph>
      <Input.TextArea
        rows={5}
        value={text}
        data-testid="quick-entry-text"
        placeholder={t('calendar.quick.placeholder')}
        onChange={(e) => {
          setText(e.target.value);
          setPreview(null);
        }}
      />
      <Input
        value={note}
        placeholder={t('calendar.quick.noteLabel')}
        aria-label={t('calendar.quick.noteLabel')}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button onClick={run} disabled={!text.trim()} data-testid="quick-entry-preview">
        {t('calendar.quick.preview')}
      </Button>
      {preview && (
        <PreviewBlock
          preview={preview}
          testId="quick-entry-result"
          onApply={async () => {
            if (await onSave(preview.overrides, [])) {
              setText('');
              setPreview(null);
            }
          }}
        />
      )}
    </Space>
  );
}

function toPreview(r: CalendarImportResult, t: (k: string, o?: Record<string, unknown>) => string): Preview {
  return {
    overrides: r.overrides,
    years: r.years,
    problems: r.errors.map((e) =>
      t('calendar.importErrorLine', {
        reason: t(`calendar.importError.${e.key.replace('import.', '')}`),
        detail: e.detail,
      }),
    ),
    ignored: [],
  };
}

/** 从文件导入: an .ics or .json file, previewed before saving. */
export function ImportCalendar({ onSave }: { onSave: Save }) {
  const { t } = useTranslation('clock');
  const { message } = App.useApp();
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const choose = async () => {
    const picked = await platform.fileOpen({
      filters: [{ name: 'iCalendar / JSON', extensions: ['ics', 'json'] }],
      maxBytes: 5 * 1024 * 1024,
    });
    if (!picked.ok) {
      if (picked.error !== 'cancelled') message.error(picked.message);
      return;
    }
    const text = new TextDecoder().decode(picked.data);
    const isIcs = picked.name.toLowerCase().endsWith('.ics') || text.includes('BEGIN:VCALENDAR');
    setFile(picked.name);
    setPreview(
      toPreview(isIcs ? parseIcsArrangement(text) : parseCalendarJson(text), (k, o) => t(k, o ?? {})),
    );
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendar.import.help')}
      </Typography.Paragraph>
      <Button onClick={() => void choose()} data-testid="calendar-import-choose">
        {t('calendar.import.choose')}
      </Button>
      {file && <Typography.Text>{t('calendar.import.file', { name: file })}</Typography.Text>}
      {preview && (
        <PreviewBlock
          preview={preview}
          testId="calendar-import-result"
          onApply={async () => {
            if (await onSave(preview.overrides, preview.years)) {
              setFile(null);
              setPreview(null);
            }
          }}
        />
      )}
    </Space>
  );
}
