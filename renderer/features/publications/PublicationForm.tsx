import { Checkbox, Col, Divider, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DOC_KINDS,
  PUBLICATION_CHANNEL_CODES,
  type Publication,
  REVIEW_STEPS,
  VALIDITIES,
  codesOf,
  publishedWithoutReview,
} from '../../../shared/model';
import { todayLocal, useSettings } from '../../app/session';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { DateField } from '../../components/DateField';
import { useEnumLabel } from '../../components/enum-label';
import { SaveButton, SubmitProblems } from '../../components/SubmitParts';
import { useRecordSubmit } from '../../components/use-record-submit';

/** The review section's height (a divider and a row of fields per step), kept while it is not yet drawn. */
const REVIEW_HEIGHT = 330;

const emptyStep = { by: '', date: null, result: 'pending', note: '' };

export function PublicationForm({
  record,
  done,
}: {
  record: Publication | null;
  done: (id: string, saved?: unknown) => void;
}) {
  const { t } = useTranslation('publications');
  const { options } = useEnumLabel();
  const settings = useSettings();
  const [form] = Form.useForm();
  const docKind = Form.useWatch('docKind', form);
  const validity = Form.useWatch('validity', form);
  const { status, formProps } = useRecordSubmit('publications', record?.id ?? null, form, done, {
    // A field the officer cannot edit never blocks a save (issue 13 item 5).
    transform: (v) => (v.docKind === 'ordinary' ? { ...v, abolishedDate: null } : v),
    onValuesChange: (changed: Record<string, unknown>) => {
      // 废止日期 belongs to a 规章/规范性文件 that is 废止: leaving either clears it and its messages.
      const leftKind = 'docKind' in changed && changed.docKind === 'ordinary';
      const leftAbolished = 'validity' in changed && changed.validity !== 'abolished';
      if (leftKind || leftAbolished) form.setFields([{ name: 'abolishedDate', value: null, errors: [] }]);
    },
    confirmBeforeSave: (v) => {
      const missing = publishedWithoutReview(v as Pick<Publication, 'publishedDate' | 'review'>);
      if (missing.length === 0) return null;
      return {
        title: t('confirm.unreviewedTitle'),
        content: t('confirm.unreviewedBody', {
          steps: missing.map((s) => t(`review.${s}`)).join(t('confirm.stepSeparator')),
        }),
      };
    },
  });
  const abolishedEditable = docKind !== 'ordinary' && validity === 'abolished';

  const initial = record ?? {
    title: '',
    summary: '',
    docNumber: '',
    formedDate: todayLocal(),
    publishedDate: null,
    category: settings.categories[0] ?? '',
    channels: ['website'],
    column: settings.columns[0]?.name ?? '',
    docKind: 'ordinary',
    abolishedDate: null,
    validity: 'valid',
    publisher: '',
    review: { firstReview: emptyStep, secrecyReview: emptyStep, leaderSignoff: emptyStep },
  };

  return (
    <Form {...formProps} layout="vertical" initialValues={initial} data-testid="publication-form">
      <SubmitProblems status={status} />
      <Form.Item name="title" label={t('field.title')} required>
        <Input maxLength={300} showCount data-autofocus data-testid="field-title" />
      </Form.Item>
      <Form.Item name="summary" label={t('field.summary')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="docNumber" label={t('field.docNumber')}>
            <Input maxLength={100} placeholder={t('placeholder.docNumber')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label={t('field.category')} required>
            <Select
              data-testid="field-category"
              options={settings.categories.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="formedDate" label={t('field.formedDate')} required>
            <DateField data-testid="field-formedDate" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="publishedDate" label={t('field.publishedDate')} extra={t('hint.publishedDate')}>
            <DateField data-testid="field-publishedDate" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="channels" label={t('field.channels')}>
        <Checkbox.Group options={options('publicationChannel', PUBLICATION_CHANNEL_CODES)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="column" label={t('field.column')}>
            <Select
              allowClear
              options={settings.columns.map((c) => ({ value: c.name, label: c.name }))}
              placeholder={t('placeholder.column')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="publisher" label={t('field.publisher')}>
            <Input maxLength={100} placeholder={settings.profile.agencyName} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="docKind" label={t('field.docKind')}>
            <Select data-testid="field-docKind" options={options('docKind', codesOf(DOC_KINDS))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="validity" label={t('field.validity')}>
            <Select data-testid="field-validity" options={options('validity', codesOf(VALIDITIES))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="abolishedDate"
            label={t('field.abolishedDate')}
            extra={abolishedEditable ? undefined : t('hint.abolishedDate')}
          >
            <DateField disabled={!abolishedEditable} data-testid="field-abolishedDate" />
          </Form.Item>
        </Col>
      </Row>
      {/* Below the drawer's first screen: drawn once the form above is on screen (issue 17: the
          form's first render was one task of ≈145 ms). Its values are the form's from the start
          (the store holds the initial values; a save reads them all). */}
      <AfterFirstPaint placeholder={<div style={{ minHeight: REVIEW_HEIGHT }} />}>
        <Divider titlePlacement="start">{t('section.review')}</Divider>
        {REVIEW_STEPS.map((step) => (
          <Row gutter={8} key={step.code}>
            <Col span={5}>
              <Form.Item label={t(`review.${step.code}`)} name={['review', step.code, 'result']}>
                <Select options={options('reviewResult', ['pending', 'pass', 'fail'])} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label={t('review.by')} name={['review', step.code, 'by']}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label={t('review.date')} name={['review', step.code, 'date']}>
                <DateField />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('review.note')} name={['review', step.code, 'note']}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        ))}
      </AfterFirstPaint>
      <SaveButton status={status} />
    </Form>
  );
}
