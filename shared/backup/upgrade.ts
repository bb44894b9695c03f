import { BACKUP_FORMAT_VERSION } from './format';

/**
 * Older backup format versions are upgraded on the way in, one step per version (like the DB
 * migrations): a step turns a version-n header object into a version-(n+1) one. The file's own
 * version is kept (`originalVersion`): it decides how the checksum is read (format 1: a payload hash
 * in the header; format 2: a trailing hash of the whole file). The fixtures of every version must
 * still restore (test/fixtures/backups/).
 */
export interface HeaderUpgrade {
  from: number;
  upgrade(header: Record<string, unknown>): Record<string, unknown>;
}

export const HEADER_UPGRADES: readonly HeaderUpgrade[] = [
  // Format 2 added the installation id and the list of invalid records; format 1 files had neither.
  { from: 1, upgrade: (h) => ({ ...h, installationId: null, invalidRecords: [] }) },
];

export type UpgradeResult =
  | { ok: true; header: Record<string, unknown>; originalVersion: number }
  | { ok: false; error: 'newerVersion' | 'unsupportedVersion'; message: string };

export function upgradeHeaderObject(
  raw: Record<string, unknown>,
  options: { current?: number; steps?: readonly HeaderUpgrade[] } = {},
): UpgradeResult {
  const current = options.current ?? BACKUP_FORMAT_VERSION;
  const steps = options.steps ?? HEADER_UPGRADES;
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: 'unsupportedVersion',
      message: `unknown backup format version ${String(version)}`,
    };
  }
  if (version > current) {
    return {
      ok: false,
      error: 'newerVersion',
      message: `backup format version ${version} was written by a newer app (this app reads up to ${current}); update the app`,
    };
  }
  let header = raw;
  for (let v = version; v < current; v += 1) {
    const step = steps.find((s) => s.from === v);
    if (!step)
      return {
        ok: false,
        error: 'unsupportedVersion',
        message: `no upgrade from backup format version ${v}`,
      };
    header = { ...step.upgrade(header), formatVersion: v + 1 };
  }
  return { ok: true, header, originalVersion: version };
}
