import type { Letter } from '../model/letter';
import { zhDate } from './draft';

/**
 * A letter as plain text lines, in print order (the CLI's JSON, the print view, tests): title,
 * 文号, addressee with colon, body, remedy, closing, 落款 and date.
 */
export interface LetterText {
  title: string;
  number: string | null;
  addressee: string;
  paragraphs: string[];
  signer: string;
  date: string;
}

export function letterText(
  l: Pick<
    Letter,
    'title' | 'number' | 'addressee' | 'paragraphs' | 'remedy' | 'closing' | 'signer' | 'issuedDate'
  >,
  draftDate?: string,
): LetterText {
  return {
    title: l.title,
    number: l.number,
    addressee: `${l.addressee}：`,
    paragraphs: [...l.paragraphs, ...(l.remedy.trim() ? [l.remedy] : []), ...(l.closing ? [l.closing] : [])],
    signer: l.signer,
    date: zhDate(l.issuedDate ?? draftDate ?? null),
  };
}
