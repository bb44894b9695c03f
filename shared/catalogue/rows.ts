import { validityOn } from './validity';
import { yearOf } from '../model/dates';
import type { Publication } from '../model/records';
import type { AgencyProfile } from '../model/settings';
import {
  labelOf,
  PUBLICATION_CHANNELS,
  type PublicationChannel,
  VALIDITIES,
  type Validity,
} from '../model/taxonomy';

/**
 * The catalogue (政府信息公开目录). 条例第十二条 requires 索引, 名称, 内容概述, 生成日期; real
 * catalogues add 发布机构, 公开日期, 文号, 主题分类, 公开方式, 有效性 (DOMAIN.md §6). Rows are built
 * from publications only: no applicant data can reach the catalogue (DOMAIN.md §7).
 */
export interface CatalogueRow {
  id: string;
  indexNumber: string;
  title: string;
  summary: string;
  publisher: string;
  formedDate: string;
  publishedDate: string;
  docNumber: string;
  category: string;
  channels: PublicationChannel[];
  validity: Validity;
}

/** Column order and exact headings of every catalogue export. */
export const CATALOGUE_COLUMNS = [
  { key: 'indexNumber', zh: '索引号' },
  { key: 'title', zh: '信息名称' },
  { key: 'summary', zh: '内容概述' },
  { key: 'publisher', zh: '发布机构' },
  { key: 'formedDate', zh: '生成日期' },
  { key: 'publishedDate', zh: '公开日期' },
  { key: 'docNumber', zh: '文号' },
  { key: 'category', zh: '主题分类' },
  { key: 'channels', zh: '公开方式' },
  { key: 'validity', zh: '有效性' },
] as const satisfies readonly { key: keyof CatalogueRow; zh: string }[];
export type CatalogueColumnKey = (typeof CATALOGUE_COLUMNS)[number]['key'];
export const CATALOGUE_HEADINGS: string[] = CATALOGUE_COLUMNS.map((c) => c.zh);

type PublicationForCatalogue = Pick<
  Publication,
  | 'id'
  | 'indexNumber'
  | 'title'
  | 'summary'
  | 'publisher'
  | 'formedDate'
  | 'publishedDate'
  | 'docNumber'
  | 'category'
  | 'channels'
  | 'validity'
  | 'deletedAt'
> &
  Partial<Pick<Publication, 'abolishedDate'>>;

/** Catalogue order: by 公开日期, then 索引号 (which follows publication order within a day). */
export function compareRows(a: CatalogueRow, b: CatalogueRow): number {
  if (a.publishedDate !== b.publishedDate) return a.publishedDate < b.publishedDate ? -1 : 1;
  if (a.indexNumber !== b.indexNumber) return a.indexNumber < b.indexNumber ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Published, not deleted items, as catalogue rows. An empty 发布机构 means the agency itself.
 * `asOf` (today, YYYY-MM-DD) derives 有效性 from the 废止日期 as the annual report does (validityOn).
 */
export function buildCatalogueRows(
  publications: readonly PublicationForCatalogue[],
  profile: Pick<AgencyProfile, 'agencyName'>,
  asOf?: string,
): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  for (const p of publications) {
    if (p.deletedAt || !p.publishedDate) continue;
    rows.push({
      id: p.id,
      indexNumber: p.indexNumber ?? '',
      title: p.title,
      summary: p.summary,
      publisher: p.publisher || profile.agencyName,
      formedDate: p.formedDate,
      publishedDate: p.publishedDate,
      docNumber: p.docNumber,
      category: p.category,
      channels: [...p.channels],
      validity: asOf ? validityOn(p, asOf) : p.validity,
    });
  }
  return rows.sort(compareRows);
}

export interface CatalogueFilter {
  /** Year of the 公开日期; null = all years. */
  year?: number | null;
  category?: string | null;
  validity?: Validity | null;
  /** Matches 索引号, 信息名称, 内容概述 and 文号, ignoring case and full/half width. */
  search?: string;
}

/** Text as searches compare it: full-width folded to half-width (NFKC), lower case. */
export function foldSearchText(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** A catalogue search's terms: every one must occur. */
export function searchTerms(search: string | undefined): string[] {
  return foldSearchText(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

export function filterCatalogueRows(rows: readonly CatalogueRow[], f: CatalogueFilter): CatalogueRow[] {
  const terms = searchTerms(f.search);
  return rows.filter((r) => {
    if (f.year && yearOf(r.publishedDate) !== f.year) return false;
    if (f.category && r.category !== f.category) return false;
    if (f.validity && r.validity !== f.validity) return false;
    if (terms.length === 0) return true;
    const haystack = foldSearchText(`${r.indexNumber}\n${r.title}\n${r.summary}\n${r.docNumber}`);
    return terms.every((t) => haystack.includes(t));
  });
}

/** Years that have published items, newest first (the year filter's options). */
export function catalogueYears(rows: readonly CatalogueRow[]): number[] {
  return [...new Set(rows.map((r) => yearOf(r.publishedDate)))].sort((a, b) => b - a);
}

/** A row as the Chinese text of each column, in CATALOGUE_COLUMNS order (all exports use this). */
export function catalogueCells(row: CatalogueRow): string[] {
  return CATALOGUE_COLUMNS.map((c) => {
    if (c.key === 'channels') return row.channels.map((ch) => labelOf(PUBLICATION_CHANNELS, ch)).join('、');
    if (c.key === 'validity') return labelOf(VALIDITIES, row.validity);
    return row[c.key];
  });
}

/**
 * "XXXX政府信息公开目录（2025年）". Without a year filter the span of the rows' years is named
 * (2023—2025年); an empty catalogue with no year has no bracket.
 */
export function catalogueTitle(
  agencyName: string,
  year: number | null,
  rows: readonly CatalogueRow[],
): string {
  return catalogueTitleOfYears(agencyName, year, year ? [] : catalogueYears(rows));
}

/** The same title from the years the rows fall in (any order). */
export function catalogueTitleOfYears(
  agencyName: string,
  year: number | null,
  years: readonly number[],
): string {
  const name = `${agencyName}政府信息公开目录`;
  if (year) return `${name}（${year}年）`;
  const newest = years.length ? Math.max(...years) : undefined;
  const oldest = years.length ? Math.min(...years) : undefined;
  if (newest === undefined || oldest === undefined) return name;
  return newest === oldest ? `${name}（${newest}年）` : `${name}（${oldest}—${newest}年）`;
}
