import { extname, normalize, resolve, sep } from 'node:path';

/**
 * The renderer is served from a custom `app://desk/` origin rather than file:// (Electron security
 * guide: prefer custom protocols), so the CSP can be sent as a real header and the IPC sender check
 * has one exact origin to compare with.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Strict CSP: only our own files; no remote content, no eval, no plugins, no framing. Inline styles
 * are allowed because antd's CSS-in-JS injects <style> elements at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** IPC is answered only for our own page (DESIGN.md hardening): the top frame at app://desk/. */
export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside the built renderer folder, or null when it is not ours or
 * tries to leave the folder (`..`, encoded separators).
 */
export function resolveAppFile(distDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(distDir);
  const full = resolve(root, normalize(relative));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

/** Requests the window may make: our own files and in-page data only; nothing from the network. */
export function isAllowedRequestUrl(url: string): boolean {
  return /^(app:\/\/desk\/|data:|blob:app:\/\/desk\/|devtools:|chrome-extension:\/\/)/.test(url);
}
