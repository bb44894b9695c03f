import { webcrypto } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import type { CryptoLike } from '../../shared/backup/crypto';
import type { DialogDeps, MainDeps, PathDeps } from './deps';
import { zlibInflateBounded } from './zlib-inflate';

/**
 * Dependencies backed by the real file system, with the dialog and paths supplied by the caller:
 * main.ts passes Electron's dialog; unit tests and the E2E helper pass a fake dialog that returns a
 * temp path, so the same handler code runs in every case.
 */
export function createNodeDeps(options: {
  dialog: DialogDeps;
  paths: PathDeps;
  app?: MainDeps['app'];
  clock?: () => Date;
  openPath?: MainDeps['openPath'];
  onLanguage?: MainDeps['onLanguage'];
  onQuitReady?: MainDeps['onQuitReady'];
  fs?: MainDeps['fs'];
}): MainDeps {
  return {
    fs: options.fs ?? fsPromises,
    dialog: options.dialog,
    paths: options.paths,
    clock: options.clock ?? (() => new Date()),
    app: options.app ?? { version: '0.0.0-test', platform: process.platform },
    openPath: options.openPath ?? (async () => ''),
    onLanguage: options.onLanguage ?? (() => undefined),
    onQuitReady: options.onQuitReady ?? (() => undefined),
    crypto: webcrypto as unknown as CryptoLike,
    inflateRaw: zlibInflateBounded,
  };
}

/** A dialog that answers from queues set by a test (null = the user pressed Cancel). */
export function scriptedDialog(): DialogDeps & {
  nextSave: (string | null)[];
  nextOpen: (string | null)[];
  nextFolder: (string | null)[];
} {
  const d = {
    nextSave: [] as (string | null)[],
    nextOpen: [] as (string | null)[],
    nextFolder: [] as (string | null)[],
    showSave: async () => (d.nextSave.length ? (d.nextSave.shift() ?? null) : null),
    showOpen: async () => (d.nextOpen.length ? (d.nextOpen.shift() ?? null) : null),
    showFolder: async () => (d.nextFolder.length ? (d.nextFolder.shift() ?? null) : null),
  };
  return d;
}
