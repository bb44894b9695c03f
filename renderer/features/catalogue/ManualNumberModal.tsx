import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { setIndexNumberByHand } from '../../db/repositories/index-numbers';
import { issueText } from './issue-text';

/** 补录: the officer types the number an item already carries on the website. */
export function ManualNumberModal({
  id,
  title,
  onClose,
}: {
  id: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const { message } = App.useApp();
  const settings = useSettings();
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const r = await setIndexNumberByHand(db, id, value, writeContext(settings));
      if (!r.ok) {
        setErrors(r.errors.map((e) => issueText(t, e)));
        return;
      }
      if (r.followsPattern) message.success(t('manual.saved', { number: r.indexNumber }));
      else message.warning(t('manual.notPattern'));
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('manual.title')}${t('common:punct.colon')}${title}`}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item
          label={t('manual.label')}
          extra={t('manual.hint')}
          validateStatus={errors.length ? 'error' : undefined}
          help={errors.length ? errors.join('；') : undefined}
        >
          <Input
            autoFocus
            value={value}
            maxLength={120}
            data-testid="manual-index-number"
            onChange={(e) => {
              setValue(e.target.value);
              setErrors([]);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
