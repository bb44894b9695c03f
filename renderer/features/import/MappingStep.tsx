import { Alert, App, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText, IMPORT_FIELDS, presetFromSetup } from '../../../shared/import';
import { deletePreset, loadPresets, savePreset } from './presets';
import { columnLetter } from './reasons';
import type { ImportWizard } from './use-import-wizard';

interface ColumnRow {
  col: number;
  header: string;
  samples: string;
}

/** Step 2: where the header is and which column feeds which field; presets. */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const { state } = wizard;
  const fields = IMPORT_FIELDS[state.register];
  const [presetName, setPresetName] = useState('');
  const [presetVersion, setPresetVersion] = useState(0);
  const presets = useMemo(
    () => (presetVersion >= 0 ? loadPresets(state.register) : []),
    [state.register, presetVersion],
  );

  const rows: ColumnRow[] = state.headers.map((header, col) => {
    const samples: string[] = [];
    for (let r = state.headerRow + 1; r < state.rows.length && samples.length < 3; r++) {
      const v = cellText(state.rows[r]?.[col] ?? null);
      if (v !== '') samples.push(v.length > 24 ? `${v.slice(0, 24)}…` : v);
    }
    return { col, header, samples: samples.join(' ｜ ') };
  });
  const mapped = new Set(state.mapping.filter((f): f is string => f !== null));
  const missing = fields.filter(
    (f) => f.required && !mapped.has(f.key) && !(f.fallback && mapped.has(f.fallback)),
  );
  const label = (key: string) => t(`field.${state.register}.${key}`);

  const save = () => {
    const name = presetName.trim();
    if (!name) return;
    savePreset(presetFromSetup(name, state.headers, wizard.setup()));
    setPresetVersion((v) => v + 1);
    message.success(t('columns.presetSaved', { name }));
  };

  return (
    <div data-testid="import-mapping-step">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('columns.headerRow')}</span>
        <InputNumber
          data-testid="import-header-row"
          min={1}
          max={Math.max(state.rows.length, 1)}
          value={state.headerRow + 1}
          onChange={(v) => typeof v === 'number' && wizard.setHeaderRow(v - 1)}
        />
        {state.headerRow === state.autoHeaderRow && (
          <Typography.Text type="secondary">
            {t('columns.headerAuto', { n: state.autoHeaderRow + 1 })}
          </Typography.Text>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <span>{t('columns.preset')}</span>
        <Select<string>
          style={{ width: 220 }}
          data-testid="import-preset"
          placeholder={t('columns.presetPlaceholder')}
          value={null as unknown as string}
          options={presets.map((p) => ({ value: p.name, label: p.name }))}
          onChange={(name) => {
            const p = presets.find((x) => x.name === name);
            if (p) {
              wizard.applyPreset(p);
              message.success(t('columns.presetApplied', { name }));
            }
          }}
        />
        <Input
          style={{ width: 200 }}
          data-testid="import-preset-name"
          placeholder={t('columns.presetName')}
          value={presetName}
          onChange={(e) => setPresetName(e.target.value)}
        />
        <Button onClick={save} disabled={!presetName.trim()} data-testid="import-preset-save">
          {t('columns.presetSave')}
        </Button>
        {presets.some((p) => p.name === presetName.trim()) && (
          <Button
            danger
            onClick={() => {
              deletePreset(state.register, presetName.trim());
              setPresetVersion((v) => v + 1);
            }}
          >
            {t('columns.presetDelete')}
          </Button>
        )}
      </Space>
      <Alert
        style={{ marginBottom: 12 }}
        type={missing.length > 0 ? 'warning' : 'info'}
        showIcon
        data-testid="import-mapping-status"
        title={
          missing.length > 0
            ? t('columns.missingRequired', { fields: missing.map((f) => label(f.key)).join('、') })
            : t('columns.recognised', { n: mapped.size })
        }
      />
      <Table<ColumnRow>
        rowKey="col"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('columns.column'), dataIndex: 'col', width: 60, render: (c: number) => columnLetter(c) },
          { title: t('columns.header'), dataIndex: 'header', width: 200 },
          { title: t('columns.samples'), dataIndex: 'samples', ellipsis: true },
          {
            title: t('columns.field'),
            key: 'field',
            width: 220,
            render: (_: unknown, r) => (
              <Select<string>
                data-testid={`import-map-${r.col}`}
                style={{ width: 200 }}
                value={state.mapping[r.col] ?? ''}
                onChange={(v) => wizard.setField(r.col, v === '' ? null : v)}
                options={[
                  { value: '', label: t('columns.skip') },
                  ...fields.map((f) => ({ value: f.key, label: `${label(f.key)}${f.required ? ' *' : ''}` })),
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
