import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useRef } from 'react';
import { formKeyDown } from '../../components/form-keys';
import { askDiscard } from '../../components/use-unsaved-guard';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { WITHHOLD_GROUNDS } from '../../../shared/letters';
import {
  type LetterFacts,
  type LetterType,
  OUTCOME_CODES,
  type Publication,
  yuanToFen,
} from '../../../shared/model';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';
import { db } from '../../db/database';

export interface DraftModalProps {
  type: LetterType;
  initial: Partial<LetterFacts>;
  onCancel(): void;
  onDraft(facts: Partial<LetterFacts>): void;
}

type FormValues = Partial<LetterFacts> & { feeAmountYuan?: number | null };

/**
 * What the officer decides before the text is drafted: the outcome and its particulars for an
 * 答复书, the period of a 补正, the days and approver of an extension, the party consulted, the fee.
 * The rest of the text comes from the record (shared/letters/draft.ts).
 */
export function DraftModal({ type, initial, onCancel, onDraft }: DraftModalProps) {
  const { t } = useTranslation('letters');
  const { label } = useEnumLabel();
  const [form] = Form.useForm<FormValues>();
  const { modal } = App.useApp();
  // Facts typed and not used yet: Esc, × or a click outside ask before they are lost.
  const dirty = useRef(false);
  const cancel = () => (dirty.current ? askDiscard(modal, t, { onOk: onCancel }) : onCancel());
  const outcome = Form.useWatch('outcome', form);
  const discloseMode = Form.useWatch('discloseMode', form);
  const notHeldMode = Form.useWatch('notHeldMode', form);
  const responsibleKnown = Form.useWatch('responsibleKnown', form);
  // The newest numbered items: enough to pick from; the officer searches by 索引号 or title.
  const published = useLiveQuery(
    async (): Promise<Publication[]> =>
      type === 'answer' ? db.publications.where('indexNumber').above('').reverse().limit(500).toArray() : [],
    [type],
  );
  const submit = async () => {
    // A required fact missing: said under its field (no unhandled rejection from validateFields).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { feeAmountYuan, ...facts } = v;
    if (feeAmountYuan !== undefined && feeAmountYuan !== null)
      facts.feeAmountFen = yuanToFen(String(feeAmountYuan)) ?? 0;
    onDraft(facts);
  };
  return (
    <Modal
      open
      title={t('facts.title', { type: t(`type.${type}`) })}
      okText={t('facts.create')}
      onOk={() => void submit()}
      onCancel={cancel}
      okButtonProps={{ 'data-testid': 'letter-draft-ok' } as Record<string, string>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="letter-facts"
        onValuesChange={() => {
          dirty.current = true;
        }}
        // As in the registers' forms: Enter moves to the next field, Ctrl+Enter makes the draft.
        onKeyDown={(e) => formKeyDown(e, () => void submit())}
        initialValues={{
          discloseMode: 'provide',
          notHeldMode: 'notExist',
          responsibleKnown: true,
          correctionWorkingDays: 15,
          extensionWorkingDays: 20,
          party: 'thirdParty',
          feeMethod: 'perApplication',
          ...initial,
          feeAmountYuan: initial.feeAmountFen ? initial.feeAmountFen / 100 : undefined,
        }}
      >
        {type === 'answer' && (
          <>
            <Form.Item
              name="outcome"
              label={t('facts.outcome')}
              rules={[{ required: true, message: t('facts.outcomeRequired') }]}
            >
              <Select
                data-testid="letter-outcome"
                showSearch
                optionFilterProp="label"
                options={OUTCOME_CODES.map((c) => ({ value: c, label: label('outcome', c) }))}
              />
            </Form.Item>
            {outcome === 'disclose' && (
              <Form.Item name="discloseMode" label={t('facts.discloseMode')}>
                <Radio.Group
                  options={[
                    { value: 'provide', label: t('facts.provide') },
                    { value: 'published', label: t('facts.published') },
                  ]}
                />
              </Form.Item>
            )}
            {outcome === 'disclose' && discloseMode === 'published' && (
              <Form.Item name="publicationId" label={t('facts.publication')}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('facts.publicationPick')}
                  options={(published ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.indexNumber} ${p.title}`,
                  }))}
                />
              </Form.Item>
            )}
            {outcome === 'partial' && (
              <Form.Item name="partialGround" label={t('facts.partialGround')} rules={[{ required: true }]}>
                <Select
                  data-testid="letter-partial-ground"
                  options={WITHHOLD_GROUNDS.map((c) => ({ value: c, label: label('outcome', c) }))}
                />
              </Form.Item>
            )}
            {outcome === 'unable.notHeld' && (
              <Form.Item name="notHeldMode" label={t('facts.notHeldMode')}>
                <Radio.Group
                  options={[
                    { value: 'notExist', label: t('facts.notExist') },
                    { value: 'notOurs', label: t('facts.notOurs') },
                  ]}
                />
              </Form.Item>
            )}
            {outcome === 'unable.notHeld' && notHeldMode === 'notOurs' && (
              <>
                <Form.Item name="responsibleKnown" valuePropName="checked">
                  <Checkbox>{t('facts.responsibleKnown')}</Checkbox>
                </Form.Item>
                {responsibleKnown && (
                  <>
                    <Form.Item
                      name="responsibleBody"
                      label={t('facts.responsibleBody')}
                      rules={[{ required: true }]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name="responsibleContact"
                      label={t('facts.responsibleContact')}
                      rules={[{ required: true }]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </>
                )}
              </>
            )}
          </>
        )}
        {type === 'correction' && (
          <Form.Item name="correctionWorkingDays" label={t('facts.correctionWorkingDays')}>
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        )}
        {type === 'extension' && (
          <>
            <Form.Item name="extensionWorkingDays" label={t('facts.extensionWorkingDays')}>
              <InputNumber min={1} max={20} precision={0} />
            </Form.Item>
            <Form.Item name="approver" label={t('facts.approver')} rules={[{ required: true }]}>
              <Input maxLength={50} data-testid="letter-approver" />
            </Form.Item>
            <Form.Item name="approvedOn" label={t('facts.approvedOn')}>
              <DateField />
            </Form.Item>
          </>
        )}
        {(type === 'consultation' || type === 'decisionNotice') && (
          <>
            <Form.Item name="party" label={t('facts.party')}>
              <Radio.Group
                options={[
                  { value: 'thirdParty', label: t('facts.thirdParty') },
                  { value: 'agency', label: t('facts.agency') },
                ]}
              />
            </Form.Item>
            <Form.Item name="partyName" label={t('facts.partyName')} rules={[{ required: true }]}>
              <Input maxLength={100} data-testid="letter-party-name" />
            </Form.Item>
          </>
        )}
        {type === 'fee' && (
          <>
            <Form.Item name="feeMethod" label={t('facts.feeMethod')}>
              <Radio.Group
                options={[
                  { value: 'perApplication', label: t('facts.perApplication') },
                  { value: 'perPage', label: t('facts.perPage') },
                ]}
              />
            </Form.Item>
            <Form.Item name="feeCount" label={t('facts.feeCount')}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item name="feeAmountYuan" label={t('facts.feeAmount')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={2} data-testid="letter-fee-amount" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
