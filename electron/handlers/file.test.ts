import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FsDeps } from './deps';
import { createHandlers } from './index';
import { createNodeDeps, scriptedDialog } from './node-deps';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-file-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function setup(fs?: FsDeps) {
  const dialog = scriptedDialog();
  const deps = createNodeDeps({
    dialog,
    fs,
    paths: { userData: join(dir, 'userData'), docs: join(dir, 'docs'), downloads: dir },
    app: { version: '1.2.3', platform: 'linux' },
  });
  return { dialog, handlers: createHandlers(deps) };
}

/** A file system whose writes fail with `code` (a full disk, a read-only stick, a removed USB drive). */
function failingFs(code: string, on: 'open' | 'rename' = 'open'): FsDeps {
  const fail = async () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return { ...fsp, [on]: fail } as FsDeps;
}

describe('file:save', () => {
  it('writes the text to the path chosen in the dialog and reports its size', async () => {
    const { dialog, handlers } = setup();
    const target = join(dir, '导出.json');
    dialog.nextSave.push(target);
    const result = await handlers['file:save']({
      suggestedName: 'x.json',
      filters: [],
      data: '{"名称":"测试"}',
    });
    expect(result).toEqual({ ok: true, path: target, bytes: Buffer.byteLength('{"名称":"测试"}') });
    expect(await fsp.readFile(target, 'utf8')).toBe('{"名称":"测试"}');
    // No temp file is left behind next to it.
    expect(await fsp.readdir(dir)).toEqual(['导出.json']);
  });

  it('writes bytes unchanged and replaces an existing file', async () => {
    const { dialog, handlers } = setup();
    const target = join(dir, 'a.bin');
    await fsp.writeFile(target, 'old');
    dialog.nextSave.push(target);
    const data = new Uint8Array([0, 255, 1, 128]);
    const result = await handlers['file:save']({ suggestedName: 'a.bin', filters: [], data });
    expect(result.ok).toBe(true);
    expect([...(await fsp.readFile(target))]).toEqual([0, 255, 1, 128]);
  });

  it('returns cancelled when the user closes the dialog, writing nothing', async () => {
    const { handlers } = setup();
    const result = await handlers['file:save']({ suggestedName: 'x.json', filters: [], data: 'x' });
    expect(result).toMatchObject({ ok: false, error: 'cancelled' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('refuses a path in place of a file name', async () => {
    const { handlers } = setup();
    const result = await handlers['file:save']({ suggestedName: '../etc/passwd', filters: [], data: 'x' });
    expect(result).toMatchObject({ ok: false, error: 'invalidRequest' });
  });

  it.each([
    ['ENOSPC', 'diskFull', 'Disk is full'],
    ['EROFS', 'readOnly', 'read-only'],
    ['EACCES', 'permissionDenied', 'Permission denied'],
    ['ENOENT', 'folderMissing', 'USB stick'],
  ])('maps %s to %s with a clear message and keeps the old file', async (code, error, text) => {
    const target = join(dir, 'keep.json');
    await fsp.writeFile(target, 'previous');
    const { dialog, handlers } = setup(failingFs(code));
    dialog.nextSave.push(target);
    const result = await handlers['file:save']({ suggestedName: 'keep.json', filters: [], data: 'new' });
    expect(result).toMatchObject({ ok: false, error });
    expect(result.ok ? '' : result.message).toContain(text);
    expect(result.ok ? '' : result.message).toContain(target);
    expect(await fsp.readFile(target, 'utf8')).toBe('previous');
  });

  it('a failure at rename leaves the old file and removes the temp file', async () => {
    const target = join(dir, 'keep.json');
    await fsp.writeFile(target, 'previous');
    const { dialog, handlers } = setup(failingFs('EIO', 'rename'));
    dialog.nextSave.push(target);
    const result = await handlers['file:save']({ suggestedName: 'keep.json', filters: [], data: 'new' });
    expect(result).toMatchObject({ ok: false, error: 'folderMissing' });
    expect(await fsp.readFile(target, 'utf8')).toBe('previous');
    expect(await fsp.readdir(dir)).toEqual(['keep.json']);
  });
});

describe('file:open', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const { dialog, handlers } = setup();
    const path = join(dir, 'in.json');
    await fsp.writeFile(path, '{"a":1}');
    dialog.nextOpen.push(path);
    const result = await handlers['file:open']({ filters: [{ name: 'JSON', extensions: ['json'] }] });
    if (!result.ok) throw new Error(result.message);
    expect(result.name).toBe('in.json');
    expect(new TextDecoder().decode(result.data)).toBe('{"a":1}');
  });

  it('refuses a file larger than maxBytes without reading it', async () => {
    const { dialog, handlers } = setup();
    const path = join(dir, 'big.bin');
    await fsp.writeFile(path, new Uint8Array(2048));
    dialog.nextOpen.push(path);
    const result = await handlers['file:open']({ filters: [], maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: 'tooLarge' });
  });

  it('says the folder is missing when the chosen file vanished', async () => {
    const { dialog, handlers } = setup();
    dialog.nextOpen.push(join(dir, 'gone', 'x.json'));
    const result = await handlers['file:open']({ filters: [] });
    expect(result).toMatchObject({ ok: false, error: 'folderMissing' });
  });
});

describe('app handlers', () => {
  it('app:version reports the version and platform', async () => {
    const { handlers } = setup();
    expect(await handlers['app:version']({})).toEqual({ ok: true, version: '1.2.3', platform: 'linux' });
  });

  it('app:setLanguage remembers the language in userData and rejects unknown ones', async () => {
    const { handlers } = setup();
    expect(await handlers['app:setLanguage']({ language: 'en' })).toEqual({ ok: true });
    const saved = JSON.parse(await fsp.readFile(join(dir, 'userData', 'desk-main-settings.json'), 'utf8'));
    expect(saved.language).toBe('en');
    expect(await handlers['app:setLanguage']({ language: 'fr' })).toMatchObject({
      ok: false,
      error: 'invalidRequest',
    });
  });

  it('app:openDocs creates the docs folder and opens it', async () => {
    const opened: string[] = [];
    const deps = createNodeDeps({
      dialog: scriptedDialog(),
      paths: { userData: dir, docs: join(dir, 'docs'), downloads: dir },
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
    });
    expect(await createHandlers(deps)['app:openDocs']({})).toEqual({ ok: true });
    expect(opened).toEqual([join(dir, 'docs')]);
    expect((await fsp.stat(join(dir, 'docs'))).isDirectory()).toBe(true);
  });
});

describe('file:savePdf (issue 15: a letter printed to PDF)', () => {
  it("saves the window's PDF where the dialog says; without a window it refuses", async () => {
    const dialog = scriptedDialog();
    const pdf = new TextEncoder().encode('%PDF-1.7 测试');
    const deps = createNodeDeps({
      dialog,
      paths: { userData: join(dir, 'userData'), docs: join(dir, 'docs'), downloads: dir },
      printToPdf: async () => pdf,
    });
    const target = join(dir, '答复书.pdf');
    dialog.nextSave.push(target);
    const result = await createHandlers(deps)['file:savePdf']({ suggestedName: '答复书.pdf' });
    expect(result).toEqual({ ok: true, path: target, bytes: pdf.byteLength });
    expect([...(await fsp.readFile(target))]).toEqual([...pdf]);
    const { handlers } = setup();
    expect(await handlers['file:savePdf']({ suggestedName: 'x.pdf' })).toMatchObject({
      ok: false,
      error: 'notFound',
    });
    expect(await handlers['file:savePdf']({ suggestedName: '../x.pdf' })).toMatchObject({
      ok: false,
      error: 'invalidRequest',
    });
  });
});
