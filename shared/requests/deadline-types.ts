import type { WorkingDayCount } from '../calendar/working-days';
import type { DateString } from '../model/dates';
import type { OutcomeCode } from '../model/taxonomy';

export type DeadlineStatus =
  | 'onTime'
  | 'dueSoon'
  | 'overdue'
  | 'answeredOnTime'
  | 'answeredLate'
  | 'awaitingCorrection'
  | 'consulting'
  | 'endedWithoutAnswer';

export type ConsultationState = 'waiting' | 'replied' | 'lapsed';

/** One consultation (第三十二条 third party / 第三十四条 other agency) and the pause it causes. */
export interface ConsultationClock {
  eventId: string;
  party: 'thirdParty' | 'agency';
  partyName: string;
  sent: DateString;
  /** The day the party received the letter; null when not recorded (then the sending day is used). */
  receivedByParty: DateString | null;
  /** Their 15 working days, counted from their receipt (or the sending day when not recorded). */
  partyReplyDue: DateString;
  replied: DateString | null;
  state: ConsultationState;
  /** Working days after `sent` up to and including `pauseThrough` are not counted. */
  pauseThrough: DateString;
}

export type DerivationStep =
  | {
      kind: 'correctionNotice';
      count: WorkingDayCount;
      askedOn: DateString | null;
      late: boolean;
    }
  | { kind: 'awaitingCorrection'; askedOn: DateString; dueBy: DateString | null }
  | ({ kind: 'consultation' } & ConsultationClock & { partyCount: WorkingDayCount })
  | { kind: 'replyDue'; basis: 'received' | 'corrected'; count: WorkingDayCount }
  | {
      kind: 'extension';
      workingDays: number;
      approver: string;
      approvedOn: DateString;
      noticeDate: DateString;
      count: WorkingDayCount;
    }
  | { kind: 'unknownYears'; years: number[] }
  | {
      kind: 'answered';
      date: DateString;
      outcome: OutcomeCode;
      due: DateString | null;
      onTime: boolean | null;
    };

export interface DeadlineHints {
  /** The 补正 notice went out after its 7 working days (第三十条). */
  correctionNoticeLate: boolean;
  /** The period the 补正 notice set has passed with no correction: close as 其他处理 1? */
  correctionLapsed: boolean;
  /** A fee notice is unpaid and its pay-by date has not passed. */
  feePending: boolean;
  /** A fee notice's pay-by date passed unpaid: close as 其他处理 2 (国办函〔2020〕109号). */
  feeLapsed: boolean;
  /** The extension was approved after the unextended due date. */
  extensionLate: boolean;
}

export interface DeadlineResult {
  /** Which calendar the dates were computed with (bundled table version + officer data hash). */
  calendarVersion: string;
  rulesVersion: string;
  receivedDate: DateString;
  /** 第三十条: 7 working days after receipt. */
  correctionNoticeDue: DateString;
  /** The day the answer period runs from: receipt, or the corrected application; null while awaiting it. */
  clockStart: DateString | null;
  /** 20 working days (consultation pauses not counted); null while awaiting correction. */
  replyDueUnextended: DateString | null;
  /** The due date that applies: with the extension if there is one. */
  replyDue: DateString | null;
  extensionWorkingDays: number;
  consultations: ConsultationClock[];
  status: DeadlineStatus;
  /** Working days from today to the due date (not counting pauses); negative when overdue; null when closed. */
  workingDaysLeft: number | null;
  /** A consultation is still open: the due date assumes the full reply period and may come earlier. */
  provisional: boolean;
  answeredOn: DateString | null;
  /** Years touched whose calendar is unknown: counted weekends-only there. Must be shown as a warning. */
  unknownYears: number[];
  hints: DeadlineHints;
  steps: DerivationStep[];
}
