import { Alert, App, Button, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_INDEX_PATTERN,
  normalisePattern,
  PLACEHOLDERS,
  parseIndexPattern,
} from '../../../shared/catalogue/index-pattern';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { previewIndexNumber } from '../../db/repositories/index-numbers';
import { saveSettings } from '../../db/repositories/settings';
import { errorReason } from '../../components/error-reason';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { issueText } from './issue-text';

const CODE_RE = /^[0-9A-Za-z]{1,10}$/;

/** The 索引号 pattern setting, its category codes, and a live preview of the next number. */
export function PatternSettings() {
  const { t } = useTranslation('catalogue');
  const { message } = App.useApp();
  const settings = useSettings();
  const [pattern, setPattern] = useState(settings.indexPattern);
  const [codes, setCodes] = useState<Record<string, string>>(settings.categoryCodes);
  const [saving, setSaving] = useState(false);

  // Follow the stored value until the officer starts editing (settings load after first render).
  const stored = settings.indexPattern;
  const storedCodes = settings.categoryCodes;
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) {
      setPattern(stored);
      setCodes(storedCodes);
    }
  }, [stored, storedCodes, touched]);

  const parsed = parseIndexPattern(pattern);
  const usesCategory = parsed.ok && parsed.tokens.some((tk) => tk.kind === 'category');
  const badCodes = Object.entries(codes).filter(([, c]) => c !== '' && !CODE_RE.test(c));
  const cleanCodes = Object.fromEntries(Object.entries(codes).filter(([, c]) => c !== ''));
  const category = settings.categories[0] ?? '';
  const dirty =
    normalisePattern(pattern) !== stored || JSON.stringify(cleanCodes) !== JSON.stringify(storedCodes);
  // A rule changed and not saved: leaving the page asks first, as the forms do.
  const unsaved = useRef(false);
  unsaved.current = touched && dirty && !saving;
  useUnsavedGuard(unsaved);

  const preview = useLiveQuery(
    () =>
      parsed.ok && badCodes.length === 0
        ? previewIndexNumber(db, todayLocal(), category, {
            ...settings,
            indexPattern: pattern,
            categoryCodes: cleanCodes,
          })
        : Promise.resolve(null),
    [pattern, JSON.stringify(cleanCodes), settings, category],
  );

  const edit = (next: string) => {
    setTouched(true);
    setPattern(next);
  };

  const save = async () => {
    setSaving(true);
    try {
      await saveSettings(
        db,
        { indexPattern: normalisePattern(pattern), categoryCodes: cleanCodes },
        writeContext(settings),
      );
      setTouched(false);
      message.success(t('pattern.saved'));
    } catch (err) {
      // A settings save, not an export: said as one, the reason in words.
      message.error(t('common:message.saveFailed', { reason: errorReason(t, err) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form layout="vertical" data-testid="index-pattern">
      <Typography.Paragraph type="secondary">{t('pattern.nationalNote')}</Typography.Paragraph>
      <Form.Item
        label={t('pattern.label')}
        extra={t('pattern.hint')}
        validateStatus={parsed.ok ? (parsed.warnings.length ? 'warning' : undefined) : 'error'}
        help={
          parsed.ok
            ? parsed.warnings.map((w) => issueText(t, w, 'warnings')).join(' ') || undefined
            : parsed.errors.map((e) => issueText(t, e)).join('；')
        }
      >
        <Input
          value={pattern}
          onChange={(e) => edit(e.target.value)}
          data-testid="index-pattern-input"
          aria-label={t('pattern.label')}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('pattern.insert')}</Typography.Text>
        {PLACEHOLDERS.map((p) => (
          <Button key={p} size="small" onClick={() => edit(`${pattern}${p}`)}>
            {p}
          </Button>
        ))}
        <Button size="small" type="link" onClick={() => edit(DEFAULT_INDEX_PATTERN)}>
          {t('pattern.reset')}
        </Button>
      </Space>

      {usesCategory && (
        <Form.Item
          label={t('pattern.categoryCodes')}
          extra={t('pattern.categoryCodesHint')}
          validateStatus={badCodes.length ? 'error' : undefined}
          help={badCodes.length ? t('pattern.categoryCodeInvalid') : undefined}
        >
          <Descriptions size="small" bordered column={3}>
            {settings.categories.map((c, i) => (
              <Descriptions.Item key={c} label={c}>
                <Input
                  size="small"
                  value={codes[c] ?? ''}
                  placeholder={String(i + 1).padStart(2, '0')}
                  maxLength={10}
                  onChange={(e) => {
                    setTouched(true);
                    setCodes({ ...codes, [c]: e.target.value.trim() });
                  }}
                />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Form.Item>
      )}

      {preview && (
        <Alert
          style={{ marginBottom: 16 }}
          type={preview.ok ? 'info' : 'warning'}
          showIcon
          data-testid="index-preview"
          title={
            preview.ok ? (
              <span>
                {t('pattern.preview', { category })}
                {t('common:punct.colon')}
                <Typography.Text code>{preview.indexNumber}</Typography.Text>
              </span>
            ) : (
              t('pattern.previewUnavailable', {
                reason: preview.errors.map((e) => issueText(t, e)).join('；'),
              })
            )
          }
        />
      )}
      <Space>
        <Button
          type="primary"
          loading={saving}
          disabled={!dirty || !parsed.ok || badCodes.length > 0}
          onClick={() => void save()}
          data-testid="index-pattern-save"
        >
          {t('pattern.save')}
        </Button>
        {dirty && <Typography.Text type="warning">{t('pattern.unsaved')}</Typography.Text>}
      </Space>
    </Form>
  );
}
