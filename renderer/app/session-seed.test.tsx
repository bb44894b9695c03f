// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/model';
import { db } from '../db/database';
import { getSettings, saveSettings } from '../db/repositories/settings';
import { seedSettings, useSettings } from './session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const ctx = { actor: '测试', now: '2025-01-02T00:00:00.000Z' };

const agencies: string[] = [];
function Probe() {
  agencies.push(useSettings().profile.agencyName);
  return null;
}

describe("the start's settings in the first render (issue 17)", () => {
  afterAll(() => db.close());

  it('the first render uses the settings the start read, not the defaults; a later seed changes nothing', async () => {
    await saveSettings(db, { profile: { agencyName: '测试县测试局' } } as Partial<AppSettings>, ctx);
    seedSettings(await getSettings(db));
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe />));
    await act(() => new Promise((r) => setTimeout(r, 100)));
    // Every render had the stored name: none with the defaults' empty one.
    expect(agencies[0]).toBe('测试县测试局');
    expect(new Set(agencies)).toEqual(new Set(['测试县测试局']));
    // Once the live read has answered, a seed is ignored.
    const stale = await getSettings(db);
    seedSettings({ ...stale, profile: { ...stale.profile, agencyName: '旧名称' } });
    await act(async () => root.render(<Probe />));
    expect(agencies.at(-1)).toBe('测试县测试局');
    await act(async () => root.unmount());
  });
});
