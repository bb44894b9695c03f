import { describe, expect, it } from 'vitest';
import { checkBrowserStorage } from './browser-storage';

describe('browser-mode storage (issue 14 item 12)', () => {
  it('asks for persistent storage when not yet granted, and reports the space', async () => {
    const asked: string[] = [];
    const state = await checkBrowserStorage({
      persisted: async () => {
        asked.push('persisted');
        return false;
      },
      persist: async () => {
        asked.push('persist');
        return true;
      },
      estimate: async () => ({ usage: 5_000_000, quota: 100_000_000 }),
    });
    expect(asked).toEqual(['persisted', 'persist']);
    expect(state).toEqual({ supported: true, persisted: true, usage: 5_000_000, quota: 100_000_000 });
  });

  it('says when the browser refuses, and when it has no storage manager at all', async () => {
    const refused = await checkBrowserStorage({
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({}),
    });
    expect(refused).toEqual({ supported: true, persisted: false, usage: null, quota: null });
    expect(await checkBrowserStorage(undefined)).toEqual({
      supported: false,
      persisted: null,
      usage: null,
      quota: null,
    });
  });
});
