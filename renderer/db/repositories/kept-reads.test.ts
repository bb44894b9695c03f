import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestDb } from '../test-db';
import { testPublication } from '../test-fixtures';
import { keptUntilWrite, resetKeptReads } from './kept-reads';

describe('reads kept until a write (issue 17)', () => {
  beforeEach(() => resetKeptReads());

  it('gives the kept value until one of its tables is written, not for writes elsewhere', async () => {
    const db = makeTestDb();
    await db.publications.add(testPublication('p1', '2025-01-02', '2025-01-03'));
    const read = vi.fn(() => db.publications.toArray());
    const first = await keptUntilWrite(db, ['publications', 'requests'], 'k', read);
    expect(await keptUntilWrite(db, ['publications', 'requests'], 'k', read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    await db.consultations.add({
      id: 'c1',
      date: '2025-01-04',
      channel: 'phone',
      asker: '',
      topic: '测试咨询',
      reply: '',
      createdAt: '2025-01-04T00:00:00.000Z',
      updatedAt: '2025-01-04T00:00:00.000Z',
      deletedAt: null,
    });
    expect(await keptUntilWrite(db, ['publications', 'requests'], 'k', read)).toBe(first);

    await db.publications.add(testPublication('p2', '2025-01-05', '2025-01-06'));
    const after = await keptUntilWrite(db, ['publications', 'requests'], 'k', read);
    expect(after).toHaveLength(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a read during which a write committed, nor another database’s', async () => {
    const db = makeTestDb();
    const other = makeTestDb();
    let n = 0;
    const read = async () => {
      n += 1;
      if (n === 1) await db.publications.add(testPublication('p1', '2025-01-02', '2025-01-03'));
      return n;
    };
    expect(await keptUntilWrite(db, ['publications'], 'k', read)).toBe(1);
    expect(await keptUntilWrite(db, ['publications'], 'k', read)).toBe(2);
    expect(await keptUntilWrite(db, ['publications'], 'k', read)).toBe(2);
    expect(await keptUntilWrite(other, ['publications'], 'k', read)).toBe(3);
  });

  it('keeps the four most recently used', async () => {
    const db = makeTestDb();
    const read = vi.fn(async () => ({}));
    for (const k of ['a', 'b', 'c', 'd']) await keptUntilWrite(db, ['publications'], k, read);
    await keptUntilWrite(db, ['publications'], 'a', read);
    await keptUntilWrite(db, ['publications'], 'e', read);
    expect(read).toHaveBeenCalledTimes(5);
    await keptUntilWrite(db, ['publications'], 'a', read);
    expect(read).toHaveBeenCalledTimes(5);
    await keptUntilWrite(db, ['publications'], 'b', read);
    expect(read).toHaveBeenCalledTimes(6);
  });

  it('a read asked for again while it is under way is shared, unless a write committed meanwhile', async () => {
    const db = makeTestDb();
    await db.publications.add(testPublication('p1', '2025-01-02', '2025-01-03'));
    const read = vi.fn(() => db.publications.toArray());
    const [a, b] = await Promise.all([
      keptUntilWrite(db, ['publications'], 'k', read),
      keptUntilWrite(db, ['publications'], 'k', read),
    ]);
    expect(b).toBe(a);
    expect(read).toHaveBeenCalledTimes(1);

    resetKeptReads();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = vi.fn(async () => {
      await gate;
      return 'before the write';
    });
    const first = keptUntilWrite(db, ['publications'], 'k', slow);
    await db.publications.add(testPublication('p2', '2025-01-05', '2025-01-06'));
    const second = keptUntilWrite(db, ['publications'], 'k', async () => 'after the write');
    release();
    expect(await first).toBe('before the write');
    expect(await second).toBe('after the write');
    // Neither is answered from the other, and the read that overlapped the write was not kept.
    expect(await keptUntilWrite(db, ['publications'], 'k', async () => 'again')).toBe('after the write');
  });
});
