import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model';
import { makeTestDb, testCtx } from '../test-db';
import { assignMissingIndexNumbers, setIndexNumberByHand } from './index-numbers';
import { createRecord } from './registers';
import { getSettings, readSettings, repairSettings, saveSettings } from './settings';

const CODE = '11341702486344515H';
const broken = () => ({
  ...defaultSettings(),
  profile: { ...defaultSettings().profile, agencyCode: CODE },
  dueSoonWorkingDays: 99, // above the maximum of 20
  indexCounters: { [`${CODE}/2025-{#}`]: 12, [`${CODE}/2024-{#}`]: '7.5', bad: 'x' },
});

describe('stored settings that fail validation (issue 14 item 7)', () => {
  it('are never replaced silently: the row stays, the problem is named, valid fields are read as stored', async () => {
    const db = makeTestDb();
    await db.settings.put({ key: 'app', value: broken() as never });
    const check = await readSettings(db);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect([...new Set(check.issues.map((i) => i.field))]).toEqual(['dueSoonWorkingDays', 'indexCounters']);
    const read = await getSettings(db);
    expect(read.profile.agencyCode).toBe(CODE); // not reset to defaults
    expect(read.dueSoonWorkingDays).toBe(5);
    expect(read.indexCounters).toEqual({ [`${CODE}/2025-{#}`]: 12, [`${CODE}/2024-{#}`]: 8 });
    // A change to another field keeps the broken one as stored.
    await saveSettings(db, { monthlyQuota: 3 }, testCtx());
    expect((await db.settings.get('app'))?.value).toMatchObject({ monthlyQuota: 3, dueSoonWorkingDays: 99 });
    db.close();
  });

  it('refuse to issue index numbers until repaired; the repair keeps the readable counters', async () => {
    const db = makeTestDb();
    await db.settings.put({ key: 'app', value: broken() as never });
    const input = {
      title: '测试信息',
      formedDate: '2025-03-01',
      publishedDate: '2025-03-02',
      category: '工作动态',
    };
    const first = await createRecord(db, 'publications', input, testCtx());
    expect(first.indexNumber).toBeNull();
    expect(await assignMissingIndexNumbers(db, testCtx())).toMatchObject({
      problem: { code: 'settingsInvalid' },
    });
    expect(await setIndexNumberByHand(db, first.id, `${CODE}/2025-00099`, testCtx())).toMatchObject({
      ok: false,
    });
    expect((await db.settings.get('app'))?.value).toEqual(broken()); // untouched

    expect(await repairSettings(db, testCtx())).toEqual(['dueSoonWorkingDays', 'indexCounters']);
    expect((await readSettings(db)).ok).toBe(true);
    const again = await createRecord(db, 'publications', input, testCtx());
    // Counter 12 kept: the next number is 13, never one issued before.
    expect(again.indexNumber).toBe(`${CODE}/2025-00013`);
    const audit = await db.audit.where('store').equals('settings').last();
    expect(audit?.before).toEqual(broken());
    db.close();
  });
});

describe('the annual report due date (年度报告截止日期)', () => {
  it('is refused when no year has that day, with a message that shows the form', async () => {
    const db = makeTestDb();
    for (const bad of ['13-45', '00-00', '04-31', '02-30', '1-31']) {
      const profile = { ...defaultSettings().profile, reportDueMonthDay: bad };
      await expect(saveSettings(db, { profile }, testCtx()), bad).rejects.toMatchObject({
        issues: [expect.objectContaining({ message: 'validation.monthDay' })],
      });
    }
    for (const good of ['01-31', '02-29', '12-31']) {
      const profile = { ...defaultSettings().profile, reportDueMonthDay: good };
      expect((await saveSettings(db, { profile }, testCtx())).profile.reportDueMonthDay).toBe(good);
    }
    db.close();
  });

  it('stored invalid by an earlier version is read as 01-31, the rest of the profile as stored', async () => {
    const db = makeTestDb();
    const profile = {
      ...defaultSettings().profile,
      agencyName: '测试县测试局',
      agencyCode: CODE,
      reportDueMonthDay: '13-45',
    };
    await db.settings.put({ key: 'app', value: { ...defaultSettings(), profile } as never });
    const check = await readSettings(db);
    expect(check.ok).toBe(false);
    const read = await getSettings(db);
    expect(read.profile).toMatchObject({
      agencyName: '测试县测试局',
      agencyCode: CODE,
      reportDueMonthDay: '01-31',
    });
    db.close();
  });
});
