import type { AuditEntry } from '../model/settings';
import { scrubAuditRow } from '../retention/personal-fields';
import { sha256HexSync } from './sha256';

/**
 * The audit log as a hash chain (issue 14 item 24; docs/backup-format.md "Audit chain"). Each row
 * stores `prevHash` (the hash of the row before it, '' for the first chained row) and
 * `hash = SHA-256(prevHash + "\n" + canonical text of the row)`. A changed row no longer matches its
 * hash; a deleted or inserted row breaks the next row's link.
 *
 * The canonical text is taken AFTER `scrubAuditRow` (shared/retention/personal-fields.ts): the
 * personal fields anonymisation may erase (applicant, content, notes, asker…) are outside the chain,
 * so the allowed rewrite — scrubbing them on purge or by retention — leaves every hash valid, and the
 * 'anonymise' entry that names the rewritten rows is itself chained. The row's `id` is outside too
 * (IndexedDB assigns it after the hash is made): order is carried by the links.
 *
 * Rows written before the chain existed have no hash: they are reported as "unchained before" the
 * first chained row's time, not as tampering. A hash without a key proves nothing against someone who
 * rewrites the whole chain after an edit; backups made earlier keep the rows as they were.
 */
export type HashFn = (text: string) => string;

export interface ChainLinks {
  prevHash?: string;
  hash?: string;
}

type Row = Omit<AuditEntry, 'prevHash' | 'hash'> & ChainLinks;

/** JSON with object keys sorted at every level: the same row always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function canonicalAuditText(row: Row): string {
  const { id: _id, prevHash: _prev, hash: _hash, ...content } = scrubAuditRow(row as AuditEntry) as Row;
  return canonicalJson(content);
}

export function auditRowHash(row: Row, prevHash: string, hash: HashFn = sha256HexSync): string {
  return hash(`${prevHash}\n${canonicalAuditText(row)}`);
}

/** The row with its links, following the row whose hash is `prevHash` ('' = the first chained row). */
export function chainAuditRow<T extends Row>(row: T, prevHash: string, hash: HashFn = sha256HexSync): T {
  const { prevHash: _p, hash: _h, ...plain } = row;
  return { ...(plain as T), prevHash, hash: auditRowHash(plain as Row, prevHash, hash) };
}

/** Rows in write order, each linked to the one before, after the row whose hash is `prevHash`. */
export function chainAuditRows<T extends Row>(rows: readonly T[], prevHash: string, hash?: HashFn): T[] {
  let prev = prevHash;
  return rows.map((row) => {
    const chained = chainAuditRow(row, prev, hash);
    prev = chained.hash ?? '';
    return chained;
  });
}

export type ChainProblemKind = 'changed' | 'broken' | 'unchained';

export interface ChainProblem {
  /** The row's position in write order (1-based) and id, and its time, for the message. */
  position: number;
  id: number | null;
  at: string;
  kind: ChainProblemKind;
}

export interface ChainReport {
  rows: number;
  chained: number;
  /** Time of the first chained row when older rows carry no hash (written before the chain existed). */
  unchainedBefore: string | null;
  problems: ChainProblem[];
}

/** Checks every row in write (id) order. `problems` empty = nothing changed, inserted or deleted. */
export function verifyAuditChain(rows: readonly Row[], hash: HashFn = sha256HexSync): ChainReport {
  const ordered = [...rows].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const problems: ChainProblem[] = [];
  let started = false;
  let unchainedLegacy = 0;
  let chained = 0;
  let unchainedBefore: string | null = null;
  let prev = '';
  ordered.forEach((row, i) => {
    const where = { position: i + 1, id: row.id ?? null, at: row.at };
    if (!row.hash) {
      if (started) problems.push({ ...where, kind: 'unchained' });
      else unchainedLegacy += 1;
      return;
    }
    if (!started) {
      started = true;
      if (unchainedLegacy > 0) unchainedBefore = row.at;
    }
    chained += 1;
    if ((row.prevHash ?? '') !== prev) problems.push({ ...where, kind: 'broken' });
    if (auditRowHash(row, row.prevHash ?? '', hash) !== row.hash)
      problems.push({ ...where, kind: 'changed' });
    prev = row.hash;
  });
  return { rows: ordered.length, chained, unchainedBefore, problems };
}

/** One line per problem, in Chinese (the CLI prints these; the app has no screen for them yet). */
export function chainProblemText(p: ChainProblem): string {
  const what = {
    changed: '内容被改动（与其校验值不符）',
    broken: '与前一条的链接断开（其前有记录被删除或插入）',
    unchained: '没有校验值，却出现在已建链的记录之后（被插入）',
  }[p.kind];
  return `操作日志 第 ${p.position} 条（id ${p.id ?? '—'}，${p.at}）：${what}`;
}
