import type { Letter } from '../model/letter';
import { WITHHOLD_GROUNDS } from './decisions';
import { blanksOf } from './draft';

/**
 * Checks before issuing (DOMAIN.md §10; assessors score 要素齐全 and 救济途径). Codes are i18n keys
 * `letters:check.<code>` in the UI; errors block issuing, warnings are shown and recorded (late).
 */
export type LetterCheckCode =
  | 'alreadyIssued'
  | 'blanks'
  | 'noTitle'
  | 'noAddressee'
  | 'noReceivedDate'
  | 'noLegalBasis'
  | 'noRemedy'
  | 'noOutcome'
  | 'noGround'
  | 'noResponsibleBody'
  | 'noSigner'
  | 'noBody'
  | 'noIssueDate'
  | 'issueBeforeReceived'
  | 'issueInFuture'
  | 'noDelivery'
  | 'deliveryBeforeIssue'
  | 'noApprover'
  | 'extensionAfterDue'
  | 'noFee'
  | 'answerMismatch'
  | 'eventMismatch'
  | 'numbering'
  | 'workflow'
  | 'late';

export interface LetterCheck {
  code: LetterCheckCode;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

export type LetterContent = Pick<
  Letter,
  | 'type'
  | 'status'
  | 'title'
  | 'addressee'
  | 'paragraphs'
  | 'remedy'
  | 'legalBasis'
  | 'signer'
  | 'facts'
  | 'issuedDate'
  | 'delivery'
  | 'dueDate'
>;

const err = (code: LetterCheckCode, params?: LetterCheck['params']): LetterCheck => ({
  code,
  severity: 'error',
  ...(params ? { params } : {}),
});

/** Content checks of a letter about to be issued on `letter.issuedDate`. */
export function checkLetter(
  letter: LetterContent,
  request: { receivedDate: string | null },
  today: string,
): LetterCheck[] {
  const out: LetterCheck[] = [];
  if (letter.status === 'issued') out.push(err('alreadyIssued'));
  const blanks = blanksOf(letter);
  if (blanks.length > 0) out.push(err('blanks', { count: blanks.length, first: blanks[0] ?? '' }));
  if (!letter.title.trim()) out.push(err('noTitle'));
  if (!letter.addressee.trim()) out.push(err('noAddressee'));
  if (!request.receivedDate) out.push(err('noReceivedDate'));
  if (!letter.legalBasis.trim()) out.push(err('noLegalBasis'));
  if (!letter.signer.trim()) out.push(err('noSigner'));
  if (letter.paragraphs.every((p) => !p.trim())) out.push(err('noBody'));
  const f = letter.facts;
  if (letter.type === 'answer') {
    if (!letter.remedy.trim()) out.push(err('noRemedy'));
    if (!f.outcome) out.push(err('noOutcome'));
    if (f.outcome === 'partial' && (!f.partialGround || !WITHHOLD_GROUNDS.includes(f.partialGround)))
      out.push(err('noGround'));
    if (
      f.outcome === 'unable.notHeld' &&
      f.notHeldMode === 'notOurs' &&
      f.responsibleKnown &&
      !f.responsibleBody.trim()
    )
      out.push(err('noResponsibleBody'));
  }
  if (letter.type === 'extension' && !f.approver.trim()) out.push(err('noApprover'));
  if (letter.type === 'fee' && f.feeAmountFen <= 0) out.push(err('noFee'));
  const d = letter.issuedDate;
  if (!d) out.push(err('noIssueDate'));
  else {
    if (request.receivedDate && d < request.receivedDate) out.push(err('issueBeforeReceived'));
    if (d > today) out.push(err('issueInFuture'));
    if (!letter.delivery) out.push(err('noDelivery'));
    else if (letter.delivery.date && letter.delivery.date < d) out.push(err('deliveryBeforeIssue'));
    if (letter.dueDate && d > letter.dueDate) {
      // 第三十三条第二款: an extension is decided within the period, never after it.
      if (letter.type === 'extension') out.push(err('extensionAfterDue', { due: letter.dueDate }));
      else out.push({ code: 'late', severity: 'warning', params: { due: letter.dueDate } });
    }
  }
  return out;
}
