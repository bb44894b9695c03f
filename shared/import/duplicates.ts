import type { RegisterName } from '../model/records';

/**
 * When two records are the same record: a publication by its title and date (a 台账 kept for years
 * is often imported twice, or overlaps what was typed in by hand), a request by its serial (编号 is
 * unique), a consultation by date + channel + topic + asker (counted: see DuplicateIndex), an
 * appeal by kind + case number.
 */

type Keyable = Record<string, unknown>;

const squash = (s: unknown) => (typeof s === 'string' ? s.replace(/[\s\u3000]+/g, '').toLowerCase() : '');

export function duplicateKey(register: RegisterName, r: Keyable): string | null {
  switch (register) {
    case 'publications': {
      const date =
        (r.publishedDate as string | null | undefined) ?? (r.formedDate as string | undefined) ?? '';
      const title = squash(r.title);
      return title === '' ? null : `${title}|${date}`;
    }
    case 'requests': {
      const serial = squash(r.serial);
      return serial === '' ? null : serial;
    }
    case 'consultations':
      return `${String(r.date ?? '')}|${String(r.channel ?? '')}|${squash(r.topic)}|${squash(r.asker)}`;
    case 'appeals': {
      const no = squash(r.caseNumber);
      return no === '' ? null : `${String(r.kind ?? '')}|${no}`;
    }
  }
}

export type DuplicateOf = { kind: 'row'; row: number } | { kind: 'existing'; id: string };

/**
 * Tracks keys seen so far in a file, seeded with the records already stored.
 *
 * Consultations are counted, not matched once: two anonymous callers asking the same thing on the
 * same day by the same channel are two consultations, and a 台账 lists them as two identical rows
 * (both counted in the annual report). A row is a duplicate only while a stored record of its key is
 * left unmatched — the same file imported again matches row for row; a file's second identical row
 * is a second consultation.
 */
export class DuplicateIndex {
  private readonly seen = new Map<string, DuplicateOf>();
  /** Consultations: the stored records of each key not yet matched by a row. */
  private readonly unmatched = new Map<string, string[]>();

  constructor(
    private readonly register: RegisterName,
    existing: readonly Keyable[],
  ) {
    for (const r of existing) {
      const k = duplicateKey(register, r);
      if (k === null) continue;
      const id = String(r.id ?? '');
      if (register === 'consultations') this.unmatched.set(k, [...(this.unmatched.get(k) ?? []), id]);
      else if (!this.seen.has(k)) this.seen.set(k, { kind: 'existing', id });
    }
  }

  /** Returns what this record duplicates, or null (and remembers it as the first of its key). */
  check(record: Keyable, row: number): DuplicateOf | null {
    const k = duplicateKey(this.register, record);
    if (k === null) return null;
    if (this.register === 'consultations') {
      const id = this.unmatched.get(k)?.shift();
      return id === undefined ? null : { kind: 'existing', id };
    }
    const prior = this.seen.get(k);
    if (prior) return prior;
    this.seen.set(k, { kind: 'row', row });
    return null;
  }
}
