import { describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { makeTestDb } from '../test-db';
import { loadRequestRange } from './request-list';

describe('the requests list reads its range once until a write (issue 17)', () => {
  const seed = async () => {
    const db = makeTestDb();
    const { requests } = sampleStores({ publications: 0, requests: 12, consultations: 0, appeals: 0 });
    await db.requests.bulkAdd(requests);
    return { db, requests };
  };

  it('gives every request of the year, or of every year, and keeps them until the table is written', async () => {
    const { db, requests } = await seed();
    const years = [...new Set(requests.map((r) => r.receivedDate.slice(0, 4)))];
    const all = await loadRequestRange(db, '');
    expect(all.map((r) => r.id).sort()).toEqual(requests.map((r) => r.id).sort());
    const year = years[0] as string;
    const ofYear = await loadRequestRange(db, year);
    expect(ofYear.map((r) => r.id).sort()).toEqual(
      requests
        .filter((r) => r.receivedDate.startsWith(year))
        .map((r) => r.id)
        .sort(),
    );

    // The same range again: not read again.
    const read = vi.spyOn(db.requests, 'where');
    expect(await loadRequestRange(db, year)).toBe(ofYear);
    expect(read).not.toHaveBeenCalled();
    // A write: read again, with the change.
    const first = requests[0];
    await db.requests.update(first?.id ?? '', { content: '改过的测试申请内容' });
    const again = await loadRequestRange(db, '');
    expect(again).not.toBe(all);
    expect(again.find((r) => r.id === first?.id)?.content).toBe('改过的测试申请内容');
    expect(read).toHaveBeenCalled();
  });
});
