import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  builtInValue,
  columnsByField,
  distinctTexts,
  IMPORT_FIELDS,
  type ImportField,
  normaliseValue,
  vocabCodes,
} from '../../../shared/import';
import { useEnumLabel } from '../../components/enum-label';
import type { ImportWizard } from './use-import-wizard';

interface ValueRow {
  raw: string;
  count: number;
  auto: string | null;
  autoReason: 'unknown' | 'ambiguous' | null;
}

const LIST_SPLIT = /[、,，;；\n|/]+|\s+/;

/** Step 3: each word found in a coded column → the official value; defaults for blank cells. */
export function ValuesStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const { options } = useEnumLabel();
  const { state } = wizard;
  const fields = IMPORT_FIELDS[state.register];
  const byField = columnsByField(state.mapping);

  const coded = useMemo(() => {
    const cols = columnsByField(state.mapping);
    const out: { field: ImportField; rows: ValueRow[] }[] = [];
    for (const f of fields) {
      if (f.kind.type !== 'enum' && f.kind.type !== 'enumList') continue;
      const col = cols.get(f.key);
      if (col === undefined) continue;
      const vocab = f.kind.vocab;
      const texts = distinctTexts(state.rows, state.headerRow + 1, col);
      const counts = new Map<string, number>();
      for (const [text, n] of texts) {
        // A list cell ("网站、公开栏") is mapped word by word, as the importer reads it.
        const whole = builtInValue(vocab, text);
        const parts =
          f.kind.type === 'enumList' && !whole.ok ? text.split(LIST_SPLIT).filter(Boolean) : [text];
        for (const p of parts) counts.set(p, (counts.get(p) ?? 0) + n);
      }
      const rows = [...counts].map(([raw, count]): ValueRow => {
        const r = builtInValue(vocab, raw);
        return {
          raw,
          count,
          auto: r.ok ? r.code : null,
          autoReason: r.ok ? null : r.reason === 'import.error.ambiguousValue' ? 'ambiguous' : 'unknown',
        };
      });
      // Words needing a decision first.
      rows.sort((a, b) => Number(a.auto !== null) - Number(b.auto !== null) || b.count - a.count);
      out.push({ field: f, rows });
    }
    return out;
  }, [fields, state.mapping, state.rows, state.headerRow]);

  const fieldLabel = (key: string) => t(`field.${state.register}.${key}`);
  const needsDefault = fields.filter((f) => f.required || f.kind.type === 'enum');

  return (
    <div data-testid="import-values-step">
      <Typography.Paragraph type="secondary">{t('values.intro')}</Typography.Paragraph>
      {coded.length === 0 && <Alert type="info" title={t('values.none')} style={{ marginBottom: 12 }} />}
      {coded.map(({ field, rows }) => {
        const vocab = (field.kind as { vocab: Parameters<typeof vocabCodes>[0] }).vocab;
        const codeOptions = options(vocab, vocabCodes(vocab));
        const own = state.values[field.key] ?? {};
        return (
          <Card key={field.key} size="small" title={fieldLabel(field.key)} style={{ marginBottom: 12 }}>
            <Table<ValueRow>
              rowKey="raw"
              size="small"
              pagination={rows.length > 10 ? { pageSize: 10 } : false}
              dataSource={rows}
              columns={[
                { title: t('values.cell'), dataIndex: 'raw' },
                { title: t('values.count'), dataIndex: 'count', width: 90 },
                {
                  title: t('values.mapsTo'),
                  key: 'to',
                  width: 380,
                  render: (_: unknown, r) => {
                    const chosen = own[normaliseValue(r.raw)];
                    return (
                      <Space>
                        <Select<string>
                          data-testid={`import-value-${field.key}-${r.raw}`}
                          style={{ width: 260 }}
                          placeholder={t('values.choose')}
                          status={!chosen && !r.auto ? 'error' : undefined}
                          value={chosen ?? r.auto ?? undefined}
                          onChange={(v) => wizard.setValue(field.key, r.raw, v === r.auto ? null : v)}
                          options={codeOptions}
                          popupMatchSelectWidth={false}
                        />
                        {chosen ? (
                          <Tag color="blue">{t('values.manual')}</Tag>
                        ) : r.auto ? (
                          <Tag>{t('values.auto')}</Tag>
                        ) : (
                          <Tag color="red">{t(`values.${r.autoReason ?? 'unknown'}`)}</Tag>
                        )}
                      </Space>
                    );
                  },
                },
              ]}
            />
          </Card>
        );
      })}
      <Card size="small" title={t('values.defaults')}>
        <Typography.Paragraph type="secondary">{t('values.defaultsIntro')}</Typography.Paragraph>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {needsDefault.map((f) => (
            <Space key={f.key}>
              <span style={{ display: 'inline-block', width: 140 }}>
                {fieldLabel(f.key)}
                {f.required && !byField.has(f.key) ? ' *' : ''}
              </span>
              {f.kind.type === 'enum' ? (
                <Select<string>
                  data-testid={`import-default-${f.key}`}
                  allowClear
                  style={{ width: 260 }}
                  placeholder={t('values.noDefault')}
                  value={state.defaults[f.key]}
                  onChange={(v) => wizard.setDefault(f.key, v ?? null)}
                  options={options(f.kind.vocab, vocabCodes(f.kind.vocab))}
                  popupMatchSelectWidth={false}
                />
              ) : (
                <Input
                  data-testid={`import-default-${f.key}`}
                  allowClear
                  style={{ width: 260 }}
                  placeholder={t('values.noDefault')}
                  value={state.defaults[f.key] ?? ''}
                  onChange={(e) => wizard.setDefault(f.key, e.target.value)}
                />
              )}
            </Space>
          ))}
        </Space>
      </Card>
    </div>
  );
}
