import type { WorkCalendar } from '../calendar/work-calendar';
import { countWorkingDays, type Pause } from '../calendar/working-days';
import { parseDate } from '../model/dates';
import { type LetterFacts, type LetterType, letterFacts } from '../model/letter';
import type { DisclosureRequest, Publication, RequestEvent } from '../model/records';
import type { AgencyProfile } from '../model/settings';
import { PUBLICATION_CHANNELS } from '../model/taxonomy';
import { computeDeadlines } from '../requests/deadlines';
import { formatYuan } from '../requests/fees';
import { decisionFor } from './decisions';
import { ARTICLES, type ArticleKey, citeArticles, LETTER_LAW_VERSION } from './law-2024';
import { remedyFor } from './remedy';
import {
  BLANK_RE,
  blank,
  fillTemplate,
  LETTER_CLOSINGS,
  LETTER_NAMES,
  type Placeholder,
  type TemplateKey,
  templateFor,
} from './templates';

/**
 * Drafts a letter from the record (DOMAIN.md §10): title, addressee, body from the template, legal
 * basis from the article table, remedy from the rules, 落款 from the profile. Pure: `today` and
 * the calendar are arguments. The officer edits the draft before issuing (checks.ts).
 */

export interface LetterSettings {
  profile: Pick<AgencyProfile, 'agencyName' | 'parentAgency' | 'reviewBody' | 'court'>;
  letterTemplates: Partial<Record<string, string[]>>;
  reviewFirstOutcomes: readonly string[];
}

export type PublicationRef = Pick<
  Publication,
  'id' | 'title' | 'indexNumber' | 'publishedDate' | 'channels' | 'column'
>;

export interface DraftInput {
  type: LetterType;
  request: Pick<
    DisclosureRequest,
    'applicantType' | 'applicantName' | 'channel' | 'submittedDate' | 'receivedDate' | 'content' | 'events'
  >;
  settings: LetterSettings;
  /** Only needed for 已主动公开 (the one pointed at by facts.publicationId). */
  publications?: readonly PublicationRef[];
  today: string;
  calendar: WorkCalendar;
  facts?: Partial<LetterFacts>;
}

/** The letter model: everything printed, plus what the checks and the clock need. */
export interface LetterDraft {
  type: LetterType;
  title: string;
  addressee: string;
  paragraphs: string[];
  remedy: string;
  closing: string;
  legalBasis: string;
  signer: string;
  facts: LetterFacts;
  /** The blank markers still in the text (the officer must fill them). */
  blanks: string[];
  /** The statutory latest date for this letter, if the law sets one. */
  dueDate: string | null;
  lawVersion: string;
}

export function zhDate(d: string | null | undefined): string {
  const p = d ? parseDate(d) : null;
  return p ? `${p.y}年${p.m}月${p.d}日` : '';
}

/** How the application came in, as it reads in a sentence (收到你{收到方式}提交的…). */
const CHANNEL_PHRASES: Record<string, string> = {
  inPerson: '当面',
  post: '以邮寄方式',
  ordinaryLetter: '以平常信函方式',
  internet: '通过互联网',
  fax: '通过传真',
  email: '通过电子邮件',
};

/** 第三十一条: how the receipt date was fixed, by channel. */
const RECEIPT_RULES: Record<string, string> = {
  inPerson: '申请人当面提交的，以提交之日为收到申请之日',
  post: '以邮寄方式提交的，以本机关签收之日为收到申请之日',
  ordinaryLetter: '以平常信函等无需签收的邮寄方式提交的，以本机关与申请人确认之日为收到申请之日',
  internet: '通过互联网渠道提交的，以双方确认之日为收到申请之日',
  fax: '通过传真提交的，以双方确认之日为收到申请之日',
  email: '通过电子邮件提交的，以双方确认之日为收到申请之日',
};

const BASIS: Record<Exclude<LetterType, 'answer' | 'consultation'>, ArticleKey[]> = {
  receipt: ['a31'],
  correction: ['a30'],
  extension: ['a33p2'],
  decisionNotice: ['a32'],
  reasons: ['a35'],
  fee: ['a42', 'fee109'],
};

type EventOf<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>;
const first = <T extends RequestEvent['type']>(events: readonly RequestEvent[], type: T) =>
  events.filter((e): e is EventOf<T> => e.type === type).sort((a, b) => a.date.localeCompare(b.date))[0] ??
  null;

function publicationWhere(p: PublicationRef): string {
  const names = p.channels.map((c) => PUBLICATION_CHANNELS.find((x) => x.code === c)?.zh ?? c);
  const where = names.join('、');
  return p.column ? `${where}“${p.column}”栏目` : where;
}

export function draftLetter(input: DraftInput): LetterDraft {
  const { type, request, settings, calendar, today } = input;
  const facts = letterFacts.parse({ ...(input.facts ?? {}) });
  const agency = settings.profile.agencyName.trim();
  const events = request.events;
  // The clock as it stands without this letter's own step (the answer, when drafting the answer).
  const clock = computeDeadlines(
    { receivedDate: request.receivedDate, events: events.filter((e) => e.type !== 'answered') },
    calendar,
    { today, dueSoonWorkingDays: 5 },
  );
  const asked = first(events, 'correctionAsked');
  const corrected = first(events, 'correctionReceived');
  const consulted = first(events, 'consultationSent');
  const feeNotice = first(events, 'feeNotice');
  const answered = first(events, 'answered');
  if (type === 'answer' && facts.outcome === null && answered) facts.outcome = answered.outcome;
  if (type === 'consultation' && !facts.partyName && consulted) {
    facts.party = consulted.party;
    facts.partyName = consulted.partyName;
  }

  const values: Partial<Record<Placeholder, string>> = {
    机关名称: agency || undefined,
    申请人: request.applicantName,
    提交日期: zhDate(request.submittedDate),
    收到日期: zhDate(request.receivedDate),
    收到方式: CHANNEL_PHRASES[request.channel],
    收到日期规则: RECEIPT_RULES[request.channel],
    申请内容: request.content,
    补正说明: asked && corrected ? `，并于${zhDate(corrected.date)}收到补正后的申请` : '',
    补正期限: String(facts.correctionWorkingDays),
    原答复期限: zhDate(clock.replyDueUnextended) || undefined,
    延长天数: String(facts.extensionWorkingDays),
    征求日期: zhDate(consulted?.date) || undefined,
    收费方式: facts.feeMethod === 'perApplication' ? '按件计收' : '按量计收',
    收费数量:
      facts.feeCount > 0
        ? `${facts.feeCount}${facts.feeMethod === 'perApplication' ? '件' : '页'}`
        : undefined,
    收费金额: facts.feeAmountFen > 0 ? formatYuan(facts.feeAmountFen).replace(/元$/, '') : undefined,
  };
  if (type === 'extension' && clock.replyDueUnextended) {
    // 第三十三条第二款: the extension's working days run on from the unextended due date.
    const pauses = clock.consultations.map((c) => ({ after: c.sent, through: c.pauseThrough }));
    const ext = countOn(calendar, clock.replyDueUnextended, facts.extensionWorkingDays, pauses);
    values.延期后答复期限 = zhDate(ext);
  }

  let basis: ArticleKey[] = [];
  let remedy = '';
  let templateKey: TemplateKey =
    type === 'consultation' && facts.party === 'agency' ? 'consultationAgency' : type;
  if (type === 'consultation') basis = facts.party === 'agency' ? ['a34'] : ['a32'];
  else if (type === 'answer') {
    templateKey = 'answer';
    if (facts.outcome) {
      const publication = input.publications?.find((p) => p.id === facts.publicationId) ?? null;
      const decision = decisionFor(facts.outcome, {
        facts,
        thirdPartyConsulted: events.some((e) => e.type === 'consultationSent' && e.party === 'thirdParty'),
        correctionAskedOn: zhDate(asked?.date),
        correctedOn: zhDate(corrected?.date),
        feeNoticeOn: zhDate(feeNotice?.date),
        publication: publication && {
          title: publication.title,
          indexNumber: publication.indexNumber ?? '',
          publishedOn: zhDate(publication.publishedDate),
          where: publicationWhere(publication),
        },
      });
      basis = decision.basis;
      values.决定 = decision.text;
      remedy = remedyFor(facts.outcome, settings.reviewFirstOutcomes, settings.profile).text;
    } else values.决定 = blank('答复决定（先选择办理结果）');
  } else basis = BASIS[type];
  const legalBasis = basis.length > 0 ? citeArticles(basis) : '';
  values.依据 = legalBasis || blank('法律依据');
  // {决定} carries {依据} inside it: fill twice.
  const toApplicant = type !== 'consultation' && type !== 'decisionNotice';
  const pronoun = toApplicant
    ? request.applicantType === 'natural'
      ? '你'
      : '你单位'
    : partyPronoun(facts.party, facts.partyName);
  const paragraphs = fillTemplate(
    fillTemplate(templateFor(templateKey, settings.letterTemplates), values),
    values,
  ).map((p) => p.replaceAll('你（单位）', pronoun));
  remedy = remedy.replaceAll('你（单位）', pronoun);

  const addressee = toApplicant
    ? request.applicantName
    : facts.partyName || blank(facts.party === 'agency' ? '被征求意见机关名称' : '第三方名称');
  const dueDate =
    type === 'correction'
      ? clock.correctionNoticeDue
      : type === 'answer' || type === 'extension'
        ? type === 'answer'
          ? clock.replyDue
          : clock.replyDueUnextended
        : null;
  const draft: LetterDraft = {
    type,
    title: `${agency || blank('机关名称')}${LETTER_NAMES[type]}`,
    addressee,
    paragraphs,
    remedy,
    closing: LETTER_CLOSINGS[type],
    legalBasis,
    signer: agency || blank('机关名称'),
    facts,
    blanks: [],
    dueDate,
    lawVersion: LETTER_LAW_VERSION,
  };
  draft.blanks = blanksOf(draft);
  return draft;
}

// What an organisation's name ends with (or holds): a company, an office, a school, an association.
const ORGANISATION =
  /(公司|有限|集团|企业|厂|店|行|社|中心|协会|商会|学会|基金会|院|所|局|委员会|委|办公室|办|站|队|学校|大学|医院|银行|单位|部|处|馆|会)$|公司|有限/;

/**
 * How a letter to a third party or another body addresses it: 你单位 for an agency or a name that
 * reads as an organisation, 你 for a person's name, and the template's 你（单位） left for the officer
 * to settle when the name is not known yet (a printed “你（单位）” reads as an unfilled form).
 */
function partyPronoun(party: LetterFacts['party'], name: string): string {
  const n = name.trim();
  if (party === 'agency' || ORGANISATION.test(n)) return '你单位';
  if (/^[\u4e00-\u9fff·]{2,5}$/.test(n)) return '你';
  return '你（单位）';
}

function countOn(calendar: WorkCalendar, from: string, n: number, pauses: Pause[]): string {
  return countWorkingDays(calendar, from, n, pauses).date;
}

/** Every blank marker left anywhere in the printed text. */
export function blanksOf(
  l: Pick<LetterDraft, 'title' | 'addressee' | 'paragraphs' | 'remedy' | 'signer' | 'legalBasis'>,
): string[] {
  const all = [l.title, l.addressee, ...l.paragraphs, l.remedy, l.signer, l.legalBasis].join('\n');
  return [...all.matchAll(BLANK_RE)].map((m) => m[0]);
}

/** The articles a key list cites, with their excerpts (for the officer's help text). */
export function articlesOf(keys: readonly ArticleKey[]) {
  return keys.map((k) => ARTICLES[k]);
}
