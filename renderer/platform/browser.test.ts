// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, type FsaWindow } from './browser';

function env(extra: Partial<FsaWindow> = {}) {
  return createBrowserPlatform({
    window: Object.assign(window, extra) as Window & FsaWindow,
    document,
    appVersion: '9.9.9',
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  (window as FsaWindow).showSaveFilePicker = undefined;
  document.body.innerHTML = '';
});

describe('browser fallback', () => {
  it('reports the version and the web platform', async () => {
    expect(await env().appVersion({})).toEqual({ ok: true, version: '9.9.9', platform: 'web' });
  });

  it('saves by downloading a blob with the suggested name and the exact content', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const result = await env().fileSave({ suggestedName: '台账.json', filters: [], data: '{"a":"测试"}' });
    expect(result).toEqual({
      ok: true,
      path: '台账.json',
      bytes: new TextEncoder().encode('{"a":"测试"}').length,
      download: true,
    });
    expect(clicked).toEqual([{ download: '台账.json', href: 'blob:fake' }]);
    expect(await blobs[0]?.text()).toBe('{"a":"测试"}');
    // The temporary link does not stay in the page.
    expect(document.querySelectorAll('a').length).toBe(0);
  });

  it('makes the name safe: a / in 机关名称 or a Windows device name never reaches the download (issue 14)', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await env().fileSave({ suggestedName: '测试市/测试局:年报?.docx', filters: [], data: 'x' });
    await env().fileSave({ suggestedName: 'CON.docx', filters: [], data: 'x' });
    expect(clicked).toEqual(['测试市_测试局_年报_.docx', '_CON.docx']);
  });

  it('uses the File System Access picker when the browser has one', async () => {
    const written: Blob[] = [];
    const picker = vi.fn(async () => ({
      name: 'chosen.bin',
      createWritable: async () => ({
        write: async (b: Blob) => {
          written.push(b);
        },
        close: async () => undefined,
      }),
    }));
    const result = await env({ showSaveFilePicker: picker }).fileSave({
      suggestedName: 'x.bin',
      filters: [{ name: 'Backup', extensions: ['gkbak'] }],
      data: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({ ok: true, path: 'chosen.bin', bytes: 3 });
    expect([...new Uint8Array(await written[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('a closed save picker is reported as cancelled', async () => {
    const picker = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    const result = await env({ showSaveFilePicker: picker }).fileSave({
      suggestedName: 'x',
      filters: [],
      data: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: 'cancelled' });
  });

  it('opens the file chosen in the file input', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File(['{"x":1}'], 'in.json', { type: 'application/json' });
      Object.defineProperty(this, 'files', { value: [file] });
      expect(this.accept).toBe('.json');
      this.dispatchEvent(new Event('change'));
    });
    const result = await env().fileOpen({ filters: [{ name: 'JSON', extensions: ['json'] }] });
    if (!result.ok) throw new Error(result.message);
    expect(result.name).toBe('in.json');
    expect(new TextDecoder().decode(result.data)).toBe('{"x":1}');
  });

  it('refuses a file over maxBytes and reports a cancelled dialog', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [new File([new Uint8Array(100)], 'big.bin')] });
      this.dispatchEvent(new Event('change'));
    });
    expect(await env().fileOpen({ filters: [], maxBytes: 10 })).toMatchObject({
      ok: false,
      error: 'tooLarge',
    });
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await env().fileOpen({ filters: [] })).toMatchObject({ ok: false, error: 'cancelled' });
  });
});
