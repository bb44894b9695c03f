import type { IpcError } from '../../shared/ipc';

/**
 * A failure a handler reports on purpose: it becomes `{ ok: false, error, message }` at the bridge.
 * Handlers throw it; `handle()` turns it (and any fs error) into a result, so nothing throws across IPC.
 */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError,
    message: string,
    /** Refines the code for the renderer, e.g. the BackupErrorCode of a bad backup file. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

function errnoCode(err: unknown): string | null {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

/**
 * Maps a Node fs error to the IPC error code and a message that says what happened and what to do.
 * `target` is the file or folder the user chose, so the message can name it. The renderer shows its
 * own translated text for the code; this message is the detail line (and the CLI's output).
 */
export function failureFromError(err: unknown, target: string): IpcFailure {
  if (err instanceof IpcFailure) return err;
  switch (errnoCode(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new IpcFailure(
        'diskFull',
        `Disk is full: not enough space to write ${target}. Free some space or choose another drive.`,
      );
    case 'EROFS':
      return new IpcFailure(
        'readOnly',
        `The drive is read-only: cannot write ${target}. Check the USB stick's write-protect switch or choose another folder.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new IpcFailure(
        'permissionDenied',
        `Permission denied for ${target}. Choose a folder you may write to.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
      // A removed USB stick shows up as a missing folder or an I/O error half-way through a write.
      return new IpcFailure(
        'folderMissing',
        `The folder is not available: ${target}. Is the USB stick plugged in? Choose the folder again if it moved.`,
      );
    case 'EFBIG':
      return new IpcFailure('tooLarge', `The file is too large for this drive: ${target}.`);
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new IpcFailure('unknown', `Could not complete the operation on ${target}: ${detail}`);
    }
  }
}
