import type { BoundedInflater } from '../../shared/backup/codec';
import type * as fsPromises from 'node:fs/promises';
import type { CryptoLike } from '../../shared/backup/crypto';
import type { FileFilter, UiLanguage } from '../../shared/ipc';

/** node:fs/promises, or a wrapper of it in tests (to simulate a full disk or a removed USB stick). */
export type FsDeps = typeof fsPromises;

/** The parts of Electron's dialog the handlers use; tests pass a fake returning a temp path. */
export interface DialogDeps {
  /** Returns the chosen path, or null when the user cancelled. */
  showSave(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  showOpen(options: { filters: FileFilter[] }): Promise<string | null>;
  showFolder(options: { defaultPath?: string }): Promise<string | null>;
}

export interface PathDeps {
  /** Electron's userData: main settings file and automatic backups live here. */
  userData: string;
  /** Folder with the user guide and data format docs (opened by app:openDocs). */
  docs: string;
  /** Default folder offered by the save dialog. */
  downloads: string;
}

export interface MainDeps {
  fs: FsDeps;
  dialog: DialogDeps;
  /** The clock lives at the edge (DESIGN.md): handlers take it as a dependency. */
  clock: () => Date;
  paths: PathDeps;
  app: { version: string; platform: string };
  /** shell.openPath: resolves to '' on success or an error text. */
  openPath(path: string): Promise<string>;
  /** Called when the renderer's UI language changes (rebuilds the application menu). */
  onLanguage(language: UiLanguage): void;
  /** Called when the renderer finished its quit work (automatic backup): the window may close. */
  onQuitReady(): void;
  /** WebCrypto (node:crypto webcrypto) for verifying backups after writing them. */
  crypto: CryptoLike;
  /** node:zlib's bounded raw inflate, for verifying backups after writing them (faster than fflate). */
  inflateRaw?: BoundedInflater;
}
