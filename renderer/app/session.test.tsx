// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/model';
import { db } from '../db/database';
import { saveSettings } from '../db/repositories/settings';
import { useSettings } from './session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const ctx = { actor: '测试', now: '2025-01-02T00:00:00.000Z' };

/** Every settings object each probe rendered with, in order. */
const seen: Record<string, AppSettings[]> = {};
function Probe({ name }: { name: string }) {
  const settings = useSettings();
  useEffect(() => {
    seen[name] = [...(seen[name] ?? []), settings];
  }, [name, settings]);
  return null;
}

async function until(test: () => boolean) {
  for (let i = 0; i < 200 && !test(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(test()).toBe(true);
}

describe('useSettings: one subscription for the app (issue 17)', () => {
  afterAll(() => db.close());

  it('shares the read object, keeps it on an equal re-read, and starts a later page from it', async () => {
    await saveSettings(db, { profile: { agencyName: '测试县测试局' } } as Partial<AppSettings>, ctx);
    const el = document.createElement('div');
    const root = createRoot(el);
    await act(async () =>
      root.render(
        <>
          <Probe name="a" />
          <Probe name="b" />
        </>,
      ),
    );
    const agency = (name: string) => seen[name]?.at(-1)?.profile.agencyName;
    await until(() => agency('a') === '测试县测试局' && agency('b') === '测试县测试局');
    expect(seen.a?.at(-1)).toBe(seen.b?.at(-1));

    // A write that leaves the settings as they were: the same object stays.
    const before = seen.a?.at(-1);
    await saveSettings(
      db,
      { profile: { ...before?.profile, agencyName: '测试县测试局' } } as Partial<AppSettings>,
      ctx,
    );
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(seen.a?.at(-1)).toBe(before);

    // A page opened later renders with the stored settings at once, never with the defaults.
    await act(async () =>
      root.render(
        <>
          <Probe name="a" />
          <Probe name="b" />
          <Probe name="later" />
        </>,
      ),
    );
    expect(seen.later?.[0]?.profile.agencyName).toBe('测试县测试局');

    // A change reaches every component.
    await saveSettings(
      db,
      { profile: { ...before?.profile, agencyName: '另一个测试局' } } as Partial<AppSettings>,
      ctx,
    );
    await until(() => agency('a') === '另一个测试局' && agency('later') === '另一个测试局');
    expect(seen.a?.at(-1)).toBe(seen.later?.at(-1));
    await act(async () => root.unmount());
  });
});
