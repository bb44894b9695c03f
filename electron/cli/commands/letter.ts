/**
 * `npm run desk -- letter --input export.json --request 2025-003 [--type answer|correction|extension|
 * consultation|fee|receipt|decisionNotice|reasons] [--out letter.docx | --format json] [--today D]`
 * Prints or writes the issued letter of that type for the request (the latest one), or the draft the
 * record implies when none was issued (shared/letters — the same code as the app).
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { buildCalendar } from '../../../shared/calendar/work-calendar';
import { buildLetterDocument } from '../../../shared/docx/letter-docx';
import { draftLetter, factsFromRecord, letterText, recordDateOf } from '../../../shared/letters';
import { isValidDate } from '../../../shared/model/dates';
import { LETTER_TYPES, type LetterType } from '../../../shared/model/letter';
import { defaultSettings } from '../../../shared/model/settings';
import { localToday, readExport, writeAtomically } from '../cli-io';

export const summary =
  '依申请公开文书 → text, .docx or JSON (--input export.json --request 2025-003 [--type answer] [--out x.docx | --format json])';

const USAGE = `usage: npm run desk -- letter --input <export.json> --request <serial> [--type ${LETTER_TYPES.join('|')}] [--out <letter.docx> | --format json] [--today YYYY-MM-DD]\n`;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  today(): string;
}
const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  today: localToday,
};

export async function run(argv: string[], io: Io = stdio): Promise<number> {
  let values: {
    input?: string;
    request?: string;
    type?: string;
    out?: string;
    format?: string;
    today?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string' },
        request: { type: 'string' },
        type: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const type = (values.type ?? 'answer') as LetterType;
  if (!values.input || !values.request || !LETTER_TYPES.includes(type)) {
    io.err(USAGE);
    return 2;
  }
  if (values.out && extname(values.out).toLowerCase() !== '.docx') {
    io.err(`--out must end in .docx (got ${values.out})\n`);
    return 2;
  }
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'text') {
    io.err(`--format must be json or text (got ${values.format})\n`);
    return 2;
  }
  const today = values.today ?? io.today();
  if (!isValidDate(today)) {
    io.err(`--today must be a date such as 2025-03-10 (got ${today})\n`);
    return 2;
  }
  const doc = await readExport(values.input);
  if (typeof doc === 'number') return doc;
  const request = doc.stores.requests.find((r) => r.serial === values.request && !r.deletedAt);
  if (!request) {
    io.err(`no request with serial ${values.request} in ${values.input}\n`);
    return 3;
  }
  const issued = doc.stores.letters
    .filter((l) => l.requestId === request.id && l.type === type && l.status === 'issued')
    .sort(
      (a, b) =>
        (a.issuedDate ?? '').localeCompare(b.issuedDate ?? '') || a.createdAt.localeCompare(b.createdAt),
    )
    .at(-1);
  let letter: Parameters<typeof letterText>[0] & {
    late: boolean;
    dueDate: string | null;
    legalBasis: string;
    delivery: { method: string; date: string | null } | null;
  };
  let date: string;
  if (issued) {
    letter = issued;
    date = issued.issuedDate ?? today;
  } else {
    const settings = doc.stores.settings ?? defaultSettings();
    const calendar = buildCalendar({
      overrides: doc.stores.calendarOverrides,
      years: doc.stores.calendarYears,
    });
    const draft = draftLetter({
      type,
      request,
      settings,
      publications: doc.stores.publications,
      today,
      calendar,
      facts: factsFromRecord(type, request),
    });
    date = recordDateOf(type, request, today);
    letter = { ...draft, number: null, issuedDate: null, late: false, delivery: null };
  }
  const text = letterText(letter, date);
  if (values.out) {
    await writeAtomically(values.out, new Uint8Array(await Packer.toBuffer(buildLetterDocument(text, type))));
    io.out(`${values.out}: ${text.title} ${text.number ?? '（草稿）'}\n`);
    return 0;
  }
  if (values.format === 'json') {
    io.out(
      `${JSON.stringify(
        {
          type,
          status: issued ? 'issued' : 'draft',
          number: text.number,
          title: text.title,
          addressee: letter.addressee,
          paragraphs: text.paragraphs,
          legalBasis: letter.legalBasis,
          signer: text.signer,
          dates: {
            received: request.receivedDate,
            letter: date,
            issued: issued?.issuedDate ?? null,
            delivered: letter.delivery?.date ?? null,
            due: letter.dueDate,
          },
          deliveryMethod: letter.delivery?.method ?? null,
          late: letter.late,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  io.out(
    [
      text.title,
      text.number ?? '（草稿，未编号）',
      '',
      text.addressee,
      ...text.paragraphs.map((p) => `　　${p}`),
      '',
      text.signer,
      text.date,
      '',
    ].join('\n'),
  );
  return 0;
}
