import { describe, expect, it } from 'vitest';
import { backupFileName, isOwnBackup, parseBackupFileName } from './names';

const ID = '0123456789abcdef0123456789abcdef';

describe('backup file names with the installation id (issue 14)', () => {
  it('carry the first 8 hex digits of the id, after the time and sequence', () => {
    expect(backupFileName('external', '2025-12-31T17:00:00', 1, false, ID)).toBe(
      'DisclosureDesk-20251231-170000-01234567.gkbak',
    );
    expect(backupFileName('auto', '2025-12-31T17:00:00', 2, true, ID)).toBe(
      'DisclosureDesk-auto-20251231-170000-2-01234567-before-restore.gkbak',
    );
  });

  it('parse back, telling ours from another installation and from names without an id', () => {
    const mine = parseBackupFileName(backupFileName('external', '2025-12-31T17:00:00', 3, false, ID));
    expect(mine).toMatchObject({ installation: '01234567', sortKey: '2025-12-31T17:00:00#003' });
    expect(mine && isOwnBackup(mine, ID)).toBe(true);
    const other = parseBackupFileName('DisclosureDesk-20251231-170000-abcdef01.gkbak');
    expect(other && isOwnBackup(other, ID)).toBe(false);
    const legacy = parseBackupFileName('DisclosureDesk-20251231-170000.gkbak');
    expect(legacy).toMatchObject({ installation: null });
    expect(legacy && isOwnBackup(legacy, ID)).toBe(false);
    expect(parseBackupFileName('DisclosureDesk-20251231-170000-ABCDEF01.gkbak')).toBeNull();
  });

  it('refuses an id that is not 32 hex digits', () => {
    expect(() => backupFileName('external', '2025-12-31T17:00:00', 1, false, 'x/y')).toThrow();
  });
});
