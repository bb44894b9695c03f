import { App, Button, Checkbox, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import {
  assignLetterNumber,
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  TEMPLATE_KEYS,
  type TemplateKey,
  validateTemplate,
} from '../../../shared/letters';
import { LETTER_TYPES, OUTCOME_CODES } from '../../../shared/model';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { useEnumLabel } from '../../components/enum-label';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { patternFaultText } from './pattern-text';

/**
 * Settings → 文书: the 文号 pattern and 代字, the 接收回执 switch, the outcomes whose answer states
 * 复议前置, and the agency's own template wording per letter (with a reset to the default).
 */
export function LettersSettings() {
  const { t } = useTranslation('letters');
  const { label } = useEnumLabel();
  const { message, modal } = App.useApp();
  const settings = useSettings();
  const [key, setKey] = useState<TemplateKey>('answer');
  const templateBox = useRef<TextAreaRef>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async (patch: Parameters<typeof saveSettings>[1]) => {
    await saveSettings(db, patch, writeContext(settings));
    message.success(t('settings.saved'));
  };
  const year = Number(todayLocal().slice(0, 4));
  // The pattern as typed, until it is saved (or is the saved one again).
  const [patternDraft, setPatternDraft] = useState<string | null>(null);
  const pattern = patternDraft ?? settings.letterNumberPattern;
  useEffect(() => {
    if (patternDraft !== null && patternDraft === settings.letterNumberPattern) setPatternDraft(null);
  }, [patternDraft, settings.letterNumberPattern]);
  const preview = assignLetterNumber('answer', year, [], { ...settings, letterNumberPattern: pattern });
  const saved = (settings.letterTemplates[key] ?? DEFAULT_TEMPLATES[key]).join('\n');
  const template = draft ?? saved;
  // A template edited and not saved: leaving Settings asks first, as the forms do.
  const templateDirty = useRef(false);
  templateDirty.current = draft !== null && draft !== saved;
  useUnsavedGuard(templateDirty);
  const saveTemplate = async () => {
    const paragraphs = template.split('\n').filter((p) => p.trim() !== '');
    const issues = validateTemplate(paragraphs);
    setProblems(
      issues.map((i) => t(`settings.${i.code}`, { paragraph: i.paragraph + 1, name: i.name ?? '' })),
    );
    if (issues.length > 0) return;
    await save({ letterTemplates: { ...settings.letterTemplates, [key]: paragraphs } });
    setDraft(null);
  };
  /** {name} typed in at the cursor (over any selection), the cursor after it, the field still focused. */
  const insertPlaceholder = (name: string) => {
    const box = templateBox.current?.resizableTextArea?.textArea;
    const at = box ? [box.selectionStart, box.selectionEnd] : [template.length, template.length];
    const [from = template.length, to = from] = at;
    const text = `{${name}}`;
    setDraft(template.slice(0, from) + text + template.slice(to));
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(from + text.length, from + text.length);
    });
  };
  /** Another letter's template: an edit not yet saved is given up only when the officer says so. */
  const chooseTemplate = (next: TemplateKey) => {
    const go = () => {
      setKey(next);
      setDraft(null);
      setProblems([]);
    };
    if (draft === null || draft === saved) return go();
    modal.confirm({
      title: t('settings.discardTemplate'),
      okText: t('settings.discardTemplateOk'),
      cancelText: t('settings.keepEditing'),
      onOk: go,
    });
  };
  const reset = async () => {
    const { [key]: _dropped, ...rest } = settings.letterTemplates;
    await save({ letterTemplates: rest });
    setDraft(null);
    setProblems([]);
  };
  return (
    <Form layout="vertical" data-testid="letters-settings">
      <Form.Item
        label={t('settings.pattern')}
        extra={t('settings.patternHelp')}
        validateStatus={preview.ok ? undefined : 'error'}
      >
        <Input
          value={pattern}
          onChange={(e) => setPatternDraft(e.target.value)}
          onBlur={() => {
            // Only a pattern that numbers letters is saved; a wrong one stays in the field, said why.
            // The draft stays shown until the saved settings hold it (no flash of the old pattern).
            if (patternDraft === null || !preview.ok) return;
            if (patternDraft === settings.letterNumberPattern) setPatternDraft(null);
            else void save({ letterNumberPattern: patternDraft });
          }}
          data-testid="letters-pattern"
          aria-label={t('settings.pattern')}
        />
        {/* Under the field, not as antd's help line (which takes the item's bottom margin away). */}
        {preview.ok ? (
          <Typography.Text type="secondary" data-testid="letters-pattern-preview">
            {t('settings.preview', { number: preview.number })}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger" data-testid="letters-pattern-error">
            {preview.errors.map((e) => patternFaultText(t, e)).join(' ')}
            {patternDraft !== null && ` ${t('settings.patternNotSaved')}`}
          </Typography.Text>
        )}
      </Form.Item>
      <Form.Item label={t('settings.codes')}>
        {/* Each type's name above its field: the English names are longer than a field's label. */}
        <div className="desk-letter-codes">
          {LETTER_TYPES.map((type) => (
            <div key={type} className="desk-letter-code">
              <label htmlFor={`letter-code-${type}`}>{t(`type.${type}`)}</label>
              <Input
                id={`letter-code-${type}`}
                key={settings.letterCodes[type] ?? ''}
                defaultValue={settings.letterCodes[type] ?? ''}
                maxLength={10}
                data-testid={`letters-code-${type}`}
                onBlur={(e) =>
                  e.target.value.trim() !== (settings.letterCodes[type] ?? '') &&
                  void save({ letterCodes: { ...settings.letterCodes, [type]: e.target.value.trim() } })
                }
              />
            </div>
          ))}
        </div>
      </Form.Item>
      <Form.Item label={t('settings.receiptLetters')}>
        <Switch
          checked={settings.receiptLetters}
          aria-label={t('settings.receiptLetters')}
          onChange={(v) => void save({ receiptLetters: v })}
        />
      </Form.Item>
      <Form.Item label={t('settings.reviewFirst')} extra={t('settings.reviewFirstHelp')}>
        <Checkbox.Group
          value={settings.reviewFirstOutcomes}
          onChange={(v) => void save({ reviewFirstOutcomes: v as string[] })}
          options={OUTCOME_CODES.map((c) => ({ value: c, label: label('outcome', c) }))}
        />
      </Form.Item>
      <Form.Item label={t('settings.templates')} extra={t('settings.templateHelp')}>
        <Select
          value={key}
          style={{ width: 260, marginBottom: 8 }}
          onChange={chooseTemplate}
          data-testid="letters-template-key"
          aria-label={t('settings.templates')}
          options={TEMPLATE_KEYS.map((k) => ({
            value: k,
            label:
              k === 'consultationAgency'
                ? `${t('type.consultation')}（${t('facts.agency')}）`
                : t(`type.${k}`),
          }))}
        />
        <Input.TextArea
          ref={templateBox}
          aria-label={t('settings.templates')}
          autoSize={{ minRows: 4 }}
          value={template}
          onChange={(e) => setDraft(e.target.value)}
          status={problems.length > 0 ? 'error' : undefined}
          data-testid="letters-template"
        />
        <div className="desk-placeholders" data-testid="letters-placeholders">
          <Typography.Text type="secondary">{t('settings.placeholders')}</Typography.Text>
          {PLACEHOLDERS.map((name) => (
            <Button
              key={name}
              size="small"
              // The field keeps its cursor and selection: the click must not take the focus.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insertPlaceholder(name)}
            >
              {`{${name}}`}
            </Button>
          ))}
        </div>
        {problems.map((p) => (
          <Typography.Text type="danger" key={p} style={{ display: 'block' }}>
            {p}
          </Typography.Text>
        ))}
        <Space style={{ marginTop: 8 }}>
          <Button onClick={() => void saveTemplate()} data-testid="letters-template-save">
            {t('settings.saveTemplate')}
          </Button>
          <Button onClick={() => void reset()}>{t('settings.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
