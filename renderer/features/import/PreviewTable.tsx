import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportPlan } from '../../../shared/import';
import { answerOf, type RegisterName, type RegisterRecord } from '../../../shared/model';
import { useEnumLabel } from '../../components/enum-label';

const PREVIEW_ROWS = 20;

type Rec = RegisterRecord[RegisterName];

/** The first records exactly as they will be stored, shown with the UI's labels. */
export function PreviewTable({
  plan,
  serials,
}: {
  plan: ImportPlan<Rec>;
  /** request id → 编号, to show an appeal's linked request. */
  serials: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('import');
  const { label } = useEnumLabel();
  const fields = IMPORT_FIELDS[plan.register];

  const cellValue = (record: Rec, f: ImportField): string => {
    const r = record as unknown as Record<string, unknown>;
    if (plan.register === 'requests' && (f.key === 'outcome' || f.key === 'answeredDate')) {
      const answer = answerOf(record as RegisterRecord['requests']);
      if (!answer) return '';
      return f.key === 'outcome' ? label('outcome', answer.outcome) : answer.date;
    }
    if (plan.register === 'appeals' && f.key === 'requestSerial') {
      return typeof r.requestId === 'string' ? (serials.get(r.requestId) ?? '') : '';
    }
    const v = r[f.key];
    if (v === null || v === undefined) return '';
    if (f.kind.type === 'enum') return label(f.kind.vocab, String(v));
    if (f.kind.type === 'enumList') {
      const vocab = f.kind.vocab;
      return (v as string[]).map((c) => label(vocab, c)).join('、');
    }
    return String(v);
  };

  const rows = plan.accepted.slice(0, PREVIEW_ROWS);
  // Only fields that carry something in the preview, so the table stays readable.
  const shown = fields.filter((f) => rows.some((a) => cellValue(a.record, f) !== ''));

  return (
    <Table
      rowKey="row"
      size="small"
      data-testid="import-preview"
      scroll={{ x: 'max-content' }}
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('preview.row'), dataIndex: 'row', width: 60, fixed: 'left' },
        ...shown.map((f) => ({
          title: t(`field.${plan.register}.${f.key}`),
          key: f.key,
          ellipsis: true,
          width: f.kind.type === 'date' ? 110 : 180,
          render: (_: unknown, a: (typeof rows)[number]) => cellValue(a.record, f),
        })),
      ]}
    />
  );
}
