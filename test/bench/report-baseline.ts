import {
  answerOf,
  type Appeal,
  type Consultation,
  type DisclosureRequest,
  type Publication,
} from '../../shared/model';

/**
 * The report baseline (issue 8): one plain loop per register with integer counters, no cell objects,
 * no id lists, no checks. What a hand-written report could cost at best; the app's
 * computeAnnualReport keeps the ids behind every cell (so each number links to its records) and runs
 * the checks, so it may cost a small multiple of this.
 */
export function plainLoopReport(
  stores: {
    publications: Publication[];
    requests: DisclosureRequest[];
    consultations: Consultation[];
    appeals: Appeal[];
  },
  year: number,
): Map<string, number> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const counts = new Map<string, number>();
  const inc = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const p of stores.publications) {
    if (p.deletedAt) continue;
    if (p.publishedDate && p.publishedDate >= start && p.publishedDate <= end) inc('published');
    if (p.docKind === 'ordinary') continue;
    if (p.formedDate >= start && p.formedDate <= end) inc(`t2.${p.docKind}.issued`);
    const ab = p.abolishedDate;
    if (ab && ab >= start && ab <= end) inc(`t2.${p.docKind}.abolished`);
    if (p.formedDate <= end && (!ab || ab > end)) inc(`t2.${p.docKind}.valid`);
  }
  for (const r of stores.requests) {
    if (r.deletedAt) continue;
    const answer = answerOf(r);
    const answered = answer?.date ?? null;
    const col = r.applicantType;
    if (r.receivedDate >= start && r.receivedDate <= end) inc(`t3.received.${col}`);
    if (r.receivedDate < start && (!answered || answered >= start)) inc(`t3.carriedIn.${col}`);
    if (answer && answered && answered >= start && answered <= end) {
      inc(`t3.${answer.outcome}.${col}`);
      inc(`t3.total.${col}`);
    }
    if (r.receivedDate <= end && (!answered || answered > end)) inc(`t3.carriedOut.${col}`);
  }
  for (const c of stores.consultations) {
    if (!c.deletedAt && c.date >= start && c.date <= end) inc(`consult.${c.channel}`);
  }
  for (const a of stores.appeals) {
    if (a.deletedAt || a.filedDate > end) continue;
    if (a.filedDate < start && a.closedDate !== null && a.closedDate < start) continue;
    const result = a.result === 'pending' || !a.closedDate || a.closedDate > end ? 'pending' : a.result;
    inc(`t4.${a.kind}.${result}`);
  }
  return counts;
}
