import { Button, Col, Input, Row, Select, Space, Typography } from 'antd';
import { LightCard } from '../../components/Light';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { collatorFor } from '../../../shared/collator';
import type { ReportFormat, TextSectionId } from '../../../shared/report/format-types';
import { describeCell } from '../../../shared/report/labels';
import type { Cell } from '../../../shared/report/model';
import { cellOf, textSpans, token } from '../../../shared/report/placeholders';
import type { PreviousTexts } from '../../../shared/report/prose-checks';

/** 6 to 24 lines, growing with the text (padding 4 + 4 px and borders 1 + 1 px around the lines). */
const TEXT_SIZE = {
  fieldSizing: 'content',
  minHeight: 'calc(6lh + 10px)',
  maxHeight: 'calc(24lh + 10px)',
} as const;

interface Props {
  format: ReportFormat;
  cells: Record<string, Cell>;
  texts: Record<string, string>;
  generated: Record<TextSectionId, string>;
  previous: PreviousTexts | null;
  onChange: (section: string, text: string) => void;
}

/** The printed text with linked figures marked, so the officer sees which numbers follow the data. */
function Printed({ text, cells, testId }: { text: string; cells: Record<string, Cell>; testId: string }) {
  let at = 0;
  const spans = textSpans(text, cells).map((s) => ({ ...s, id: `s${at++}` }));
  return (
    <div style={{ whiteSpace: 'pre-wrap', fontSize: 13, lineHeight: 1.8 }} data-testid={testId}>
      {spans.map((s) =>
        s.key ? (
          <mark
            key={s.id}
            title={s.key}
            style={{ background: cellOf(cells, s.key) ? '#e6f4ff' : '#ffccc7', padding: '0 2px' }}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.id}>{s.text}</span>
        ),
      )}
    </div>
  );
}

// Sorted as a Chinese reader expects: one collator (localeCompare with a locale builds one per call),
// made on first use (shared/collator.ts).
const optionsCache = new WeakMap<object, { value: string; label: string }[]>();

/**
 * The figures a text may cite, as options: the same list for every section of one computed report,
 * so built once per report (issue 17: building it per section and render took ~100 ms).
 */
function figureOptions(format: ReportFormat, cells: Props['cells']) {
  const cached = optionsCache.get(cells);
  if (cached) return cached;
  const options = Object.keys(cells)
    .map((k) => {
      const d = describeCell(format, k);
      return {
        value: k,
        label: `${d.table} ${d.row}${d.column ? ` / ${d.column}` : ''}（${cells[k]?.text ?? ''}）`,
      };
    })
    .sort((a, b) => collatorFor('zh-CN').compare(a.label, b.label));
  optionsCache.set(cells, options);
  return options;
}

function SectionEditor({ id, title, props }: { id: TextSectionId; title: string; props: Props }) {
  const { t } = useTranslation('report');
  const caret = useRef(0);
  const text = props.texts[id] ?? '';
  const last = props.previous?.texts[id];
  const figures = figureOptions(props.format, props.cells);
  const remember = (e: { currentTarget: HTMLTextAreaElement }) => {
    caret.current = e.currentTarget.selectionStart;
  };
  const insert = (key: string) => {
    const at = Math.min(caret.current, text.length);
    props.onChange(id, `${text.slice(0, at)}${token(key)}${text.slice(at)}`);
  };
  return (
    <LightCard
      size="small"
      title={title}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <Select
            showSearch
            size="small"
            style={{ width: 320 }}
            placeholder={t('text.insertFigure')}
            options={figures}
            value={null}
            optionFilterProp="label"
            onChange={(k: string) => insert(k)}
            data-testid={`insert-${id}`}
            aria-label={t('text.insertFigureIn', { section: title })}
          />
          <Button
            size="small"
            onClick={() => props.onChange(id, props.generated[id])}
            data-testid={`regenerate-${id}`}
          >
            {t('text.regenerate')}
          </Button>
        </Space>
      }
    >
      <Row gutter={16}>
        <Col span={last ? 8 : 12}>
          <Typography.Text type="secondary">{t('text.source')}</Typography.Text>
          <Input.TextArea
            value={text}
            // Grows with its text natively (CSS field-sizing), 6 to 24 lines: antd's autoSize measured
            // each editor with a hidden copy on every render, a forced layout each (issue 17).
            style={TEXT_SIZE}
            onChange={(e) => {
              remember(e);
              props.onChange(id, e.target.value);
            }}
            onSelect={remember}
            onClick={remember}
            onKeyUp={remember}
            data-testid={`text-${id}`}
            aria-label={t('text.sourceOf', { section: title })}
          />
        </Col>
        <Col span={last ? 8 : 12}>
          <Typography.Text type="secondary">{t('text.printed')}</Typography.Text>
          <Printed text={text} cells={props.cells} testId={`printed-${id}`} />
        </Col>
        {last && (
          <Col span={8} data-testid={`last-year-${id}`}>
            <Typography.Text type="secondary">
              {t('text.lastYear', { year: props.previous?.year })}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap', fontSize: 13, lineHeight: 1.8, color: '#595959' }}>
              {last}
            </div>
          </Col>
        )}
      </Row>
    </LightCard>
  );
}

/** 前言, 一、总体情况, 五 and 六: the officer's text, with figures as linked tokens. */
export function TextSections(props: Props) {
  const { t } = useTranslation('report');
  const sections: { id: TextSectionId; title: string }[] = [
    { id: 'preamble', title: t('text.preamble') },
    ...props.format.sections.flatMap((s) => (s.content === 'text' ? [{ id: s.id, title: s.title }] : [])),
  ];
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('text.explain', { token: '{{…}}' })}</Typography.Paragraph>
      {sections.map((s) => (
        <SectionEditor key={s.id} id={s.id} title={s.title} props={props} />
      ))}
    </div>
  );
}
