import {
  buildCatalogueRows,
  type CatalogueFilter,
  type CatalogueRow,
  searchTerms,
} from '../../../shared/catalogue/rows';
import { validityOn } from '../../../shared/catalogue/validity';
import type { Validity } from '../../../shared/model';
import type { DeskDb } from '../database';
import { PUBLICATION_DIGEST, type PublicationFields } from './publication-list';
import { type DigestEntry, digestEntries } from './search-digest';
import { yieldToEventLoop } from '../../../shared/yield';

/**
 * The catalogue (政府信息公开目录) as the page shows it, without reading every publication: a county
 * holds 200,000, and reading them all froze the page for 5 s on each visit (issue 17). The filters,
 * the order and the counts come from the publications' search digest (search-digest.ts: every
 * record's date and filter fields in memory, kept current on write, saved between starts); only the
 * rows on screen — or, for an export, the rows exported — are read from the database.
 */
export interface CatalogueView {
  /** The matching publications' ids in catalogue order (公开日期, then 索引号; compareRows). */
  ids: string[];
  /** Years that have published items, newest first (the year filter's options; unfiltered). */
  years: number[];
  /** The years of the first and last match (the title's span without a year filter); empty if none. */
  matchYears: number[];
  /** Published items without a 索引号 (unfiltered). */
  unnumbered: number;
}

type Entry = DigestEntry<PublicationFields>;

/** Within one day: by 索引号, then id, as compareRows. */
function byIndexNumber(a: Entry, b: Entry): number {
  const x = a.fields.indexNumber;
  const y = b.fields.indexNumber;
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every published, live item in catalogue order, with the unfiltered counts: kept per digest state. */
interface Ordered {
  entries: readonly Entry[];
  version: number;
  items: Entry[];
  years: number[];
  unnumbered: number;
}
let ordered: Ordered | null = null;

function catalogueOrder(entries: readonly Entry[], version: number): Ordered {
  if (ordered?.entries === entries && ordered.version === version) return ordered;
  const items: Entry[] = [];
  const years = new Set<number>();
  let unnumbered = 0;
  // The digest is newest first (date, then id, descending): read backwards, each day's items are put
  // in 索引号 order before the next day's.
  let dayStart = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (e.deleted || !e.fields.published) continue;
    if (items.length > 0 && (items[items.length - 1] as Entry).date !== e.date) {
      if (items.length - dayStart > 1) sortTail(items, dayStart);
      dayStart = items.length;
      years.add(Number(e.date.slice(0, 4)));
    } else if (items.length === 0) {
      years.add(Number(e.date.slice(0, 4)));
    }
    if (!e.fields.indexNumber) unnumbered++;
    items.push(e);
  }
  if (items.length - dayStart > 1) sortTail(items, dayStart);
  ordered = { entries, version, items, years: [...years].sort((a, b) => b - a), unnumbered };
  return ordered;
}

/** Sorts items[from..] by 索引号 in place. */
function sortTail(items: Entry[], from: number) {
  const day = items.slice(from).sort(byIndexNumber);
  for (let k = 0; k < day.length; k++) items[from + k] = day[k] as Entry;
}

/**
 * The catalogue for `filter`, as of `today` (有效性 derived from the 废止日期 as buildCatalogueRows
 * does). Matches exactly what filterCatalogueRows(buildCatalogueRows(all publications)) gives.
 */
export async function queryCatalogue(
  db: DeskDb,
  filter: CatalogueFilter,
  today: string,
): Promise<CatalogueView> {
  const digest = await digestEntries(db, PUBLICATION_DIGEST);
  // Ordered again (the first visit, or after a write): in a task of its own, not in the one that
  // read the digest's last part (at county scale the two were one task of 190–300 ms).
  if (ordered?.entries !== digest.entries || ordered.version !== digest.version) await yieldToEventLoop();
  const { items, years, unnumbered } = catalogueOrder(digest.entries as readonly Entry[], digest.version);
  const terms = searchTerms(filter.search);
  const yearPrefix = filter.year ? `${filter.year}-` : null;
  const ids: string[] = [];
  let first: Entry | null = null;
  let last: Entry | null = null;
  for (const e of items) {
    const f = e.fields;
    if (yearPrefix && !e.date.startsWith(yearPrefix)) continue;
    if (filter.category && f.category !== filter.category) continue;
    if (filter.validity && validityOn(f as { validity: Validity }, today) !== filter.validity) continue;
    if (terms.length > 0 && !terms.every((t) => f.text.includes(t))) continue;
    ids.push(e.id);
    first ??= e;
    last = e;
  }
  return {
    ids,
    years,
    matchYears: first && last ? [Number(first.date.slice(0, 4)), Number(last.date.slice(0, 4))] : [],
    unnumbered,
  };
}

/** Records read per request when rows are built for an export of thousands. */
const READ_CHUNK = 2000;

/** The catalogue rows of `ids` (from queryCatalogue), in that order. */
export async function catalogueRowsOf(
  db: DeskDb,
  ids: readonly string[],
  agencyName: string,
  today: string,
): Promise<CatalogueRow[]> {
  const rows: CatalogueRow[] = [];
  for (let at = 0; at < ids.length; at += READ_CHUNK) {
    const records = await db.publications.bulkGet(ids.slice(at, at + READ_CHUNK));
    const built = new Map(
      buildCatalogueRows(
        records.filter((r) => r !== undefined),
        { agencyName },
        today,
      ).map((r) => [r.id, r]),
    );
    for (const id of ids.slice(at, at + READ_CHUNK)) {
      const row = built.get(id);
      if (row) rows.push(row);
    }
  }
  return rows;
}
