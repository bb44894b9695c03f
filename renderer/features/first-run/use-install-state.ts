import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';

export interface InstallState {
  /** Any record in any register (trash included: records existed). */
  anyRecords: boolean;
  /** The earliest date of each register's records (the default "records start" month). */
  firstDates: (string | undefined)[];
}

/** The registers an install's state is read from. */
export const INSTALL_TABLES = ['publications', 'requests', 'consultations', 'appeals'] as const;

/** What the first-run path and the dashboard need to know about an install (index look-ups only). */
export async function readInstallState(): Promise<InstallState> {
  const [pub, req, cons, appeals] = await Promise.all([
    db.publications.orderBy('listDate').first(),
    db.requests.orderBy('receivedDate').first(),
    db.consultations.orderBy('date').first(),
    db.appeals.count(),
  ]);
  const firstDates = [(pub as { listDate?: string } | undefined)?.listDate, req?.receivedDate, cons?.date];
  return { anyRecords: firstDates.some(Boolean) || appeals > 0, firstDates };
}

/** readInstallState, live. */
export function useInstallState(): InstallState | undefined {
  return useLiveQuery(readInstallState, []);
}
