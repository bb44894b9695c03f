import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates';
import { backupFileName, parseBackupFileName } from './names';
import { selectAutoRetained, selectLatest, selectRetained } from './retention';

const at = (date: string, time = '09:00:00') =>
  parseBackupFileName(backupFileName('auto', `${date}T${time}`))!;
const dates = (items: { date: string; time: string }[]) => items.map((i) => `${i.date} ${i.time}`);

describe('backup file names', () => {
  it('encode the local date and time and parse back', () => {
    expect(backupFileName('external', '2025-01-31T09:30:05')).toBe('DisclosureDesk-20250131-093005.gkbak');
    expect(backupFileName('auto', '2025-01-31T09:30:05', 2)).toBe(
      'DisclosureDesk-auto-20250131-093005-2.gkbak',
    );
    expect(parseBackupFileName('DisclosureDesk-auto-20250131-093005-2.gkbak')).toMatchObject({
      kind: 'auto',
      date: '2025-01-31',
      time: '09:30:05',
    });
  });

  it('mark the automatic backup made before a restore', () => {
    const name = backupFileName('auto', '2025-03-10T11:00:00', 2, true);
    expect(name).toBe('DisclosureDesk-auto-20250310-110000-2-before-restore.gkbak');
    expect(parseBackupFileName(name)).toMatchObject({
      kind: 'auto',
      date: '2025-03-10',
      beforeRestore: true,
    });
    expect(parseBackupFileName(backupFileName('auto', '2025-03-10T11:00:00'))?.beforeRestore).toBe(false);
    expect(() => backupFileName('external', '2025-03-10T11:00:00', 1, true)).toThrow();
    expect(() => backupFileName('auto', '2025-02-30T11:00:00')).toThrow();
  });

  it('do not match other people’s files', () => {
    for (const name of [
      '报告.docx',
      'DisclosureDesk-2025-01-31.gkbak',
      'DisclosureDesk-20250131-093005.gkbak.tmp',
      'x.gkbak',
      // Like ours but impossible dates or times, or an external backup marked "before restore".
      'DisclosureDesk-auto-20251340-093005.gkbak',
      'DisclosureDesk-20250230-093005.gkbak',
      'DisclosureDesk-20250131-253005.gkbak',
      'DisclosureDesk-20250131-093005-before-restore.gkbak',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });
});

describe('automatic backup retention (7 daily + 4 weekly + 12 monthly)', () => {
  it('keeps everything while there are few backups', () => {
    const items = [at('2025-03-01'), at('2025-03-02'), at('2025-03-03')];
    expect(selectRetained(items).remove).toEqual([]);
  });

  it('keeps only the newest backup of each day', () => {
    const items = [at('2025-03-03', '08:00:00'), at('2025-03-03', '18:00:00'), at('2025-03-02', '18:00:00')];
    const { keep, remove } = selectRetained(items);
    expect(dates(keep)).toEqual(['2025-03-03 18:00:00', '2025-03-02 18:00:00']);
    expect(dates(remove)).toEqual(['2025-03-03 08:00:00']);
  });

  it('after a year of daily backups keeps 7 days, 4 weeks and 12 months', () => {
    // One backup a day from 2024-03-01 (Fri) to 2025-03-02 (Sun).
    const items = Array.from({ length: 367 }, (_, i) => at(addDays('2024-03-01', i)));
    const { keep } = selectRetained(items);
    const kept = keep.map((k) => k.date);
    // Daily: the last 7 days.
    expect(kept.slice(0, 7)).toEqual([
      '2025-03-02',
      '2025-03-01',
      '2025-02-28',
      '2025-02-27',
      '2025-02-26',
      '2025-02-25',
      '2025-02-24',
    ]);
    // Weekly: the newest of each of the last 4 Monday–Sunday weeks: 03-02 (week of 02-24) is already kept,
    // then Sundays 02-23, 02-16, 02-09.
    expect(kept).toEqual(expect.arrayContaining(['2025-02-23', '2025-02-16', '2025-02-09']));
    // Monthly: the last day of each earlier month back to 2024-04 (12 months incl. 2025-03).
    expect(kept).toEqual(expect.arrayContaining(['2025-01-31', '2024-12-31', '2024-06-30', '2024-04-30']));
    expect(kept).not.toContain('2024-03-31');
    expect(kept).not.toContain('2025-02-10');
    // 7 daily + 3 more weekly + 10 more monthly (2025-03 and 2025-02 are already kept as dailies).
    expect(keep.length).toBe(7 + 3 + 10);
  });

  it('never removes the only backup, whatever the rule', () => {
    const items = [at('2025-03-01')];
    expect(selectRetained(items, { daily: 0, weekly: 0, monthly: 0 }).keep).toHaveLength(1);
  });
});

describe('external folder: the last N', () => {
  it('keeps the newest 10 and removes the older ones', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        parseBackupFileName(
          backupFileName('external', `2025-01-${String(i + 1).padStart(2, '0')}T10:00:00`),
        )!,
    );
    const { keep, remove } = selectLatest(items, 10);
    expect(keep[0]?.date).toBe('2025-01-12');
    expect(remove.map((r) => r.date)).toEqual(['2025-01-02', '2025-01-01']);
  });
});

describe('automatic folder with backups made before a restore', () => {
  const beforeRestore = (date: string, time: string) =>
    parseBackupFileName(backupFileName('auto', `${date}T${time}`, 1, true))!;

  it('the same day’s quit backup does not remove the data a restore replaced', () => {
    // 11:00 the data before a (mistaken) restore is saved; 17:00 the quit backup of the same day.
    const items = [
      beforeRestore('2025-03-10', '11:00:00'),
      at('2025-03-10', '17:00:00'),
      at('2025-03-10', '08:00:00'),
    ];
    const { keep, remove } = selectAutoRetained(items);
    expect(dates(keep)).toEqual(['2025-03-10 17:00:00', '2025-03-10 11:00:00']);
    expect(dates(remove)).toEqual(['2025-03-10 08:00:00']);
    // The plain rule, which the folder used before, would have removed it.
    expect(dates(selectRetained(items).remove)).toContain('2025-03-10 11:00:00');
  });

  it('keeps the newest ten before-restore backups whatever their age, and does not let them displace daily ones', () => {
    const restores = Array.from({ length: 12 }, (_, i) =>
      beforeRestore(addDays('2023-01-01', i * 40), '12:00:00'),
    );
    const daily = Array.from({ length: 8 }, (_, i) => at(addDays('2025-03-01', i)));
    const { keep, remove } = selectAutoRetained([...restores, ...daily]);
    expect(keep.filter((k) => k.beforeRestore)).toHaveLength(10);
    expect(dates(remove.filter((r) => r.beforeRestore))).toEqual(dates(restores.slice(0, 2)).reverse());
    expect(keep.filter((k) => !k.beforeRestore).map((k) => k.date)).toEqual(
      selectRetained(daily).keep.map((k) => k.date),
    );
  });
});
