import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Publication, REVIEW_STEPS } from '../../../shared/model';
import { useEnumLabel } from '../../components/enum-label';

export function PublicationDetail({ record: p }: { record: Publication }) {
  const { t } = useTranslation('publications');
  const { label } = useEnumLabel();
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <>
      <Descriptions column={2} bordered size="small" data-testid="publication-detail">
        <Descriptions.Item label={t('field.title')} span={2}>
          {p.title}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.summary')} span={2}>
          {dash(p.summary)}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.indexNumber')}>{dash(p.indexNumber)}</Descriptions.Item>
        <Descriptions.Item label={t('field.docNumber')}>{dash(p.docNumber)}</Descriptions.Item>
        <Descriptions.Item label={t('field.formedDate')}>{p.formedDate}</Descriptions.Item>
        <Descriptions.Item label={t('field.publishedDate')}>
          {p.publishedDate ?? <Tag color="orange">{t('status.unpublished')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.category')}>{p.category}</Descriptions.Item>
        <Descriptions.Item label={t('field.column')}>{dash(p.column)}</Descriptions.Item>
        <Descriptions.Item label={t('field.channels')} span={2}>
          {p.channels.map((c) => (
            <Tag key={c}>{label('publicationChannel', c)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.docKind')}>{label('docKind', p.docKind)}</Descriptions.Item>
        <Descriptions.Item label={t('field.validity')}>{label('validity', p.validity)}</Descriptions.Item>
        <Descriptions.Item label={t('field.abolishedDate')}>{dash(p.abolishedDate)}</Descriptions.Item>
        <Descriptions.Item label={t('field.publisher')}>{dash(p.publisher)}</Descriptions.Item>
      </Descriptions>
      <Descriptions title={t('section.review')} column={1} size="small" style={{ marginTop: 16 }}>
        {REVIEW_STEPS.map((s) => {
          const step = p.review[s.code];
          return (
            <Descriptions.Item key={s.code} label={t(`review.${s.code}`)}>
              {label('reviewResult', step.result)} · {dash(step.by)} · {dash(step.date)}{' '}
              {step.note && `· ${step.note}`}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
    </>
  );
}
