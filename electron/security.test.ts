import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl, mimeTypeOf, resolveAppFile } from './security';

const dist = resolve('/opt/desk/dist');

describe('app:// file resolution', () => {
  it('serves index.html for the root and files inside dist', () => {
    expect(resolveAppFile(dist, 'app://desk/')).toBe(join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://desk/assets/index-abc.js')).toBe(join(dist, 'assets', 'index-abc.js'));
    expect(resolveAppFile(dist, 'app://desk/%E5%85%AC%E5%BC%80.png')).toBe(join(dist, '公开.png'));
  });

  it('refuses other hosts, schemes and attempts to leave dist', () => {
    expect(resolveAppFile(dist, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(dist, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(dist, 'app://desk/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    // The URL parser folds dot segments before we see them: the result still stays inside dist.
    expect(resolveAppFile(dist, 'app://desk/%2e%2e/%2e%2e/secret')).toBe(join(dist, 'secret'));
    expect(resolveAppFile(dist, 'app://desk/a%00b')).toBeNull();
  });

  it('gives scripts and pages the right MIME type', () => {
    expect(mimeTypeOf('x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('IPC sender check', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedSenderUrl('app://desk/index.html#/requests')).toBe(true);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/desk/dist/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://desk.evil/')).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });

  it('the CSP forbids remote scripts, eval and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('application menu', () => {
  const actions = { openDocs: () => undefined, about: () => undefined, devTools: false };
  const labels = (lang: 'zh-CN' | 'en') => menuTemplate(lang, actions).map((m) => m.label);

  it('is in Chinese by default and in English when chosen', () => {
    expect(labels('zh-CN')).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(labels('en')).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    const viewItems = (devTools: boolean) => {
      const view = menuTemplate('zh-CN', { ...actions, devTools })[2];
      return Array.isArray(view?.submenu) ? view.submenu.map((i) => i.role) : [];
    };
    expect(viewItems(false)).not.toContain('toggleDevTools');
    expect(viewItems(true)).toContain('toggleDevTools');
  });
});

describe('window and requests', () => {
  it('the window is isolated, sandboxed and without Node', async () => {
    const { windowOptions } = await import('./window-options');
    const web = windowOptions('/x/preload.cjs', true).webPreferences;
    expect(web).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('an installed (packaged) app has no developer tools; a development run keeps them', async () => {
    const { windowOptions } = await import('./window-options');
    expect(windowOptions('/x/preload.cjs', true).webPreferences?.devTools).toBe(false);
    expect(windowOptions('/x/preload.cjs', false).webPreferences?.devTools).toBe(true);
  });

  it('main passes app.isPackaged to the window options', () => {
    const main = readFileSync(resolve(__dirname, 'main.ts'), 'utf8');
    expect(main).toMatch(/new BrowserWindow\(windowOptions\(preloadPath, app\.isPackaged\)\)/);
  });

  it('only our own origin may be requested', async () => {
    const { isAllowedRequestUrl } = await import('./security');
    expect(isAllowedRequestUrl('app://desk/assets/a.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://cdn.example.com/x.js')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('app://desk.evil.com/')).toBe(false);
  });
});
