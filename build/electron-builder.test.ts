import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot run here (it downloads Electron), so this checks the configuration it
 * would read: the targets officers need, the files it packs, and that every referenced file exists.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
interface Target {
  target: string;
  arch: string[];
}
const config = JSON.parse(readFileSync(join(root, 'build/electron-builder.json'), 'utf8')) as {
  appId: string;
  productName: string;
  files: string[];
  directories: { output: string; buildResources: string };
  extraResources: { from: string; to: string }[];
  win: { icon: string; target: Target[] };
  linux: { icon: string; target: Target[] };
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

const targetsOf = (list: Target[]) => Object.fromEntries(list.map((t) => [t.target, [...t.arch].sort()]));

describe('electron-builder configuration', () => {
  it('has an app id and product name', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('公开台账');
  });

  it('builds an NSIS installer and a portable exe for Windows x64', () => {
    expect(targetsOf(config.win.target)).toEqual({ nsis: ['x64'], portable: ['x64'] });
  });

  it('builds AppImage and deb for Linux x64 and arm64 (信创 machines)', () => {
    expect(targetsOf(config.linux.target)).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
  });

  it('packs the renderer and the bundled main process that package.json points at', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json']));
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(pkg.scripts.dist).toContain('build/electron-builder.json');
  });

  it('every icon and resource it references exists, and the icons are real images', () => {
    const ico = readFileSync(join(root, config.win.icon));
    // ICONDIR: reserved 0, type 1 (icon), at least one image including a 256-px one (width byte 0).
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16));
    expect(widths).toContain(0);
    for (const size of [16, 32, 48, 256, 512]) {
      const png = readFileSync(join(root, config.linux.icon, `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      // IHDR width and height.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const r of config.extraResources) expect(existsSync(join(root, r.from)), r.from).toBe(true);
    expect(config.directories.buildResources).toBe('build');
  });
});

describe('Electron fuses (issue 14: flipped in the packaged binary, not settable at run time)', () => {
  const fuses = (config as unknown as { electronFuses?: Record<string, boolean> }).electronFuses;
  it('turn off running as Node, NODE_OPTIONS and --inspect; ASAR only and checked; cookies encrypted', () => {
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from its own app:// scheme, never file://.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('use electron-builder 26 key names (each one is in its FuseOptionsV1 type)', () => {
    const require = createRequire(import.meta.url);
    const dts = readFileSync(
      join(dirname(require.resolve('app-builder-lib/package.json')), 'out/configuration.d.ts'),
      'utf8',
    );
    const body = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(dts)?.[1] ?? '';
    for (const key of Object.keys(fuses ?? {}))
      expect(body, key).toMatch(new RegExp(`\\b${key}\\?: boolean`));
  });
});

describe('electron-builder schema', () => {
  // electron-builder's own validator (offline: it only reads its bundled JSON schema).
  const require = createRequire(import.meta.url);
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

  it('accepts our configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would reject a misspelt option (the check is real)', async () => {
    const broken = { ...config, win: { ...config.win, targett: 'nsis' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/,
    );
  });
});
