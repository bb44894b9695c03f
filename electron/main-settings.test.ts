import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FsDeps } from './handlers/deps';
import { readMainSettings, updateMainSettings } from './main-settings';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-settings-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** Real files, with each write slowed down so that unserialised updates would overlap. */
const slowFs = {
  ...fsp,
  writeFile: async (...args: Parameters<typeof fsp.writeFile>) => {
    await new Promise((r) => setTimeout(r, 5));
    return fsp.writeFile(...args);
  },
} as unknown as FsDeps;

describe("main's settings file", () => {
  it('applies overlapping updates in order: none undoes another', async () => {
    await Promise.all([
      updateMainSettings(slowFs, dir, { keepExternal: 1 }),
      updateMainSettings(slowFs, dir, { backupFolder: '/media/usb' }),
      updateMainSettings(slowFs, dir, { keepExternal: 10 }),
      updateMainSettings(slowFs, dir, { language: 'en' }),
      updateMainSettings(slowFs, dir, { keepExternal: 100 }),
    ]);
    expect(await readMainSettings(slowFs, dir)).toMatchObject({
      keepExternal: 100,
      backupFolder: '/media/usb',
      language: 'en',
    });
  });

  it('falls back to the defaults when the file is missing or broken', async () => {
    expect(await readMainSettings(slowFs, dir)).toMatchObject({ keepExternal: 10, backupFolder: null });
    await fsp.writeFile(join(dir, 'desk-main-settings.json'), '{ not json');
    expect(await readMainSettings(slowFs, dir)).toMatchObject({ keepExternal: 10, language: 'zh-CN' });
  });
});
