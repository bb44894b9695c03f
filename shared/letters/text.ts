import type { Letter, LetterType } from '../model/letter';
import { zhDate } from './draft';
import { LETTER_NAMES } from './templates';

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

/** The title as printed: broken after the agency's name (机关名称 / 文书名称), as the .docx and the print view. */
export function letterTitleLines(title: string, type: LetterType): string[] {
  const name = LETTER_NAMES[type];
  return title.endsWith(name) && title !== name
    ? [title.slice(0, title.length - name.length), name]
    : [title];
}

/** Printed width in characters of the body font: CJK and full-width one, digits and Latin half. */
export function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * Right indents (in characters) of the 落款 of a sealed letter, GB/T 9704-2012 7.3.5.1: the date
 * 右空四字, the agency's name centred over the date (the seal covers both). A name longer than the
 * date would then come closer than two characters to the margin: it keeps 右空二字 and the date is
 * centred under it instead.
 */
export function signatureIndents(signer: string, date: string): { signer: number; date: number } {
  const half = (printedWidth(date) - printedWidth(signer)) / 2;
  const signerRight = 4 + half;
  if (signerRight >= 2) return { signer: signerRight, date: 4 };
  return { signer: 2, date: 2 - half };
}
