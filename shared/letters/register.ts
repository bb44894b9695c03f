import type { DeliveryMethod, Letter, LetterType } from '../model/letter';
import type { DisclosureRequest } from '../model/records';
import { APPLICANT_TYPES } from '../model/taxonomy';
import { collatorFor } from '../collator';
import { LETTER_NAMES } from './templates';

/**
 * The letters register (发文登记) of a year, described as data: its columns (labels in both
 * languages, width) and its rows, so the page's table and the .xlsx are one definition. The
 * applicant's name is a column only when the officer asks for it (DOMAIN.md §7).
 */
export interface LetterRegisterRow {
  id: string;
  requestId: string;
  number: string;
  type: LetterType;
  typeZh: string;
  serial: string;
  applicantType: string;
  applicantName: string;
  issuedDate: string;
  deliveryMethod: string;
  deliveredDate: string;
  late: boolean;
}

export interface RegisterColumn {
  key: keyof LetterRegisterRow;
  zh: string;
  en: string;
  width: number;
  personal?: boolean;
}

export const LETTER_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'number', zh: '文号', en: 'No.', width: 22 },
  { key: 'typeZh', zh: '文书', en: 'Letter', width: 30 },
  { key: 'serial', zh: '申请编号', en: 'Request', width: 12 },
  { key: 'applicantType', zh: '申请人类型', en: 'Applicant type', width: 14 },
  { key: 'applicantName', zh: '申请人', en: 'Applicant', width: 16, personal: true },
  { key: 'issuedDate', zh: '签发日期', en: 'Issued', width: 12 },
  { key: 'deliveryMethod', zh: '送达方式', en: 'Delivery', width: 10 },
  { key: 'deliveredDate', zh: '送达日期', en: 'Delivered', width: 12 },
  { key: 'late', zh: '是否逾期', en: 'Late', width: 9 },
];

export const DELIVERY_ZH: Record<DeliveryMethod, string> = {
  inPerson: '当面',
  post: '邮寄',
  email: '电子邮件',
  online: '在线平台',
  fax: '传真',
};

// One collator for the whole sort: `localeCompare(x, 'zh')` builds one per comparison (seconds for
// a year of letters); made on first use (../collator.ts), not when the start evaluates this module.

export function letterRegisterRows(
  letters: readonly Letter[],
  requests: readonly Pick<DisclosureRequest, 'id' | 'serial' | 'applicantType' | 'applicantName'>[],
): LetterRegisterRow[] {
  const byId = new Map(requests.map((r) => [r.id, r]));
  return letters
    .filter((l) => l.status === 'issued' && l.number && l.issuedDate)
    .map((l) => {
      const r = byId.get(l.requestId);
      return {
        id: l.id,
        requestId: l.requestId,
        number: l.number ?? '',
        type: l.type,
        typeZh: LETTER_NAMES[l.type],
        serial: r?.serial ?? '',
        applicantType: APPLICANT_TYPES.find((a) => a.code === r?.applicantType)?.zh ?? '',
        applicantName: r?.applicantName ?? '',
        issuedDate: l.issuedDate ?? '',
        deliveryMethod: l.delivery ? DELIVERY_ZH[l.delivery.method] : '',
        deliveredDate: l.delivery?.date ?? '',
        late: l.late,
      };
    })
    .sort((a, b) =>
      a.issuedDate < b.issuedDate
        ? -1
        : a.issuedDate > b.issuedDate
          ? 1
          : collatorFor('zh').compare(a.number, b.number),
    );
}

export function registerColumns(withNames: boolean): RegisterColumn[] {
  return LETTER_REGISTER_COLUMNS.filter((c) => withNames || !c.personal);
}

/**
 * Letters issued after their statutory date (a 补正告知书 after 7 working days, an 答复书 after the
 * due date): allowed, marked late when issued, and counted where the app counts lateness — the
 * dashboard's requests card, the request's letters, the register's filter (DOMAIN.md §10; assessors
 * deduct for each late reply). Issued letters only, with `issuedDate` in [from, to].
 */
export function lateLetters(
  letters: readonly Pick<Letter, 'status' | 'late' | 'issuedDate' | 'type'>[],
  from = '0000-01-01',
  to = '9999-12-31',
): { count: number; byType: Partial<Record<LetterType, number>> } {
  const byType: Partial<Record<LetterType, number>> = {};
  let count = 0;
  for (const l of letters) {
    if (l.status !== 'issued' || !l.late || !l.issuedDate || l.issuedDate < from || l.issuedDate > to)
      continue;
    count += 1;
    byType[l.type] = (byType[l.type] ?? 0) + 1;
  }
  return { count, byType };
}
