// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { initI18n } from '../../i18n';
import { FolderBackupCard } from './FolderBackupCard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
initI18n('zh-CN');

describe('备份到U盘/文件夹: the encryption default (issue 17: pages now show before their reads)', () => {
  it('offers neither the choice nor a backup until it is known whether applicants’ data is stored', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const root = createRoot(el);
    // One read of the database held back: the card's first render comes before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const count = db.requests.count.bind(db.requests);
    const original = db.requests.filter.bind(db.requests);
    db.requests.filter = ((fn: never) => {
      const c = original(fn);
      const n = c.count.bind(c);
      c.count = (async () => {
        await held;
        return n();
      }) as typeof c.count;
      return c;
    }) as typeof db.requests.filter;
    await act(async () => root.render(<FolderBackupCard status={null} onChange={async () => undefined} />));
    const box = () => el.querySelector('input[type="checkbox"]') as HTMLInputElement;
    const button = () => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('立即备份'));
    expect(box().disabled).toBe(true);
    expect(button()?.disabled).toBe(true);
    release();
    // The held read, then the card's answer (up to 2 s: a loaded machine took longer than 50 ms).
    await act(async () => {
      for (let i = 0; i < 100 && box().disabled; i++) await new Promise((r) => setTimeout(r, 20));
    });
    // No applicant stored: offered unencrypted, and now it can be chosen.
    expect(await count()).toBe(0);
    expect(box().disabled).toBe(false);
    expect(box().checked).toBe(false);
    expect(button()?.disabled).toBe(false);
    await act(async () => root.unmount());
    db.close();
  });
});
