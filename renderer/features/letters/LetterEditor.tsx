import { Alert, Button, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BLANK_RE } from '../../../shared/letters/templates';
import type { Letter } from '../../../shared/model';
import { formKeyDown } from '../../components/form-keys';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';

const hasBlank = (s: string | undefined) => !!s && new RegExp(BLANK_RE.source).test(s);

type Editable = Pick<
  Letter,
  'title' | 'addressee' | 'paragraphs' | 'remedy' | 'legalBasis' | 'closing' | 'signer'
>;

export interface LetterEditorProps {
  letter: Letter;
  onSave(patch: Editable): Promise<void>;
  onIssue(patch: Editable): void;
  onDiscard(): void;
  /**
   * True while the wording has changes not saved: the menu, Back and a reload ask first
   * (useUnsavedGuard), and the dialog holding the editor asks before it closes.
   */
  dirty: RefObject<boolean>;
}

/**
 * The officer's wording of a draft. Parts the law leaves to the officer are 【请填写：…】 markers,
 * shown with a red frame; issuing refuses while any is left (shared/letters/checks.ts).
 */
export function LetterEditor({ letter, onSave, onIssue, onDiscard, dirty }: LetterEditorProps) {
  const { t } = useTranslation('letters');
  const [form] = Form.useForm<Editable>();
  useUnsavedGuard(dirty);
  const values = Form.useWatch([], form) as Editable | undefined;
  // A newer stored version (its own save read back) is shown only while nothing typed is waiting:
  // typing on straight after 保存草稿, the saved text coming back overwrote the newer keystrokes.
  useEffect(() => {
    if (!dirty.current) form.setFieldsValue(letter);
  }, [letter, form, dirty]);
  const status = (v: string | undefined) => (hasBlank(v) ? 'error' : undefined);
  const current = () => form.getFieldsValue(true) as Editable;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={letter}
      data-testid="letter-editor"
      onValuesChange={() => {
        dirty.current = true;
      }}
      // As in the registers' forms: Enter moves on, Ctrl+Enter saves the draft.
      onKeyDown={(e) => formKeyDown(e, () => void onSave(current()))}
    >
      <Alert type="warning" showIcon title={t('editor.blanksHint')} style={{ marginBottom: 12 }} />
      {letter.dueDate && (
        <Typography.Paragraph type="secondary">
          {t('editor.dueDate', { date: letter.dueDate })}
        </Typography.Paragraph>
      )}
      <Form.Item name="title" label={t('editor.title')}>
        <Input status={status(values?.title)} />
      </Form.Item>
      <Form.Item name="addressee" label={t('editor.addressee')}>
        <Input status={status(values?.addressee)} />
      </Form.Item>
      <Form.List name="paragraphs">
        {(fields) =>
          fields.map((f, i) => (
            <Form.Item key={f.key} name={f.name} label={i === 0 ? t('editor.body') : undefined}>
              <Input.TextArea
                autoSize={{ minRows: 2 }}
                status={status(values?.paragraphs?.[i])}
                data-testid={`letter-paragraph-${i}`}
              />
            </Form.Item>
          ))
        }
      </Form.List>
      {letter.type === 'answer' && (
        <Form.Item name="remedy" label={t('editor.remedy')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            status={status(values?.remedy)}
            data-testid="letter-remedy"
          />
        </Form.Item>
      )}
      <Form.Item name="legalBasis" label={t('editor.legalBasis')}>
        <Input
          status={status(values?.legalBasis) ?? (values?.legalBasis ? undefined : 'error')}
          data-testid="letter-basis"
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name="closing" label={t('editor.closing')}>
          <Input />
        </Form.Item>
        <Form.Item name="signer" label={t('editor.signer')}>
          <Input status={status(values?.signer)} />
        </Form.Item>
      </Space>
      <Space>
        <Button onClick={() => void onSave(current())} data-testid="letter-save">
          {t('editor.save')}
        </Button>
        <Button type="primary" onClick={() => onIssue(current())} data-testid="letter-issue">
          {t('editor.issue')}
        </Button>
        <Popconfirm title={t('panel.discardConfirm')} onConfirm={onDiscard}>
          <Button danger>{t('panel.discard')}</Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
