import { type BackupHeader, countStores, dateRangeOf } from '../../../shared/backup';
import type { InterchangeDocument } from '../../../shared/model';

/** What the preview shows: a backup's header, or the same figures computed from an export. */
export type PreviewHeader = Pick<
  BackupHeader,
  'agencyName' | 'createdAt' | 'appVersion' | 'dateRange' | 'counts' | 'encryption' | 'invalidRecords'
>;

export function previewOfDocument(doc: InterchangeDocument): PreviewHeader {
  return {
    agencyName: doc.stores.settings?.profile.agencyName ?? '',
    createdAt: doc.exportedAt,
    appVersion: doc.appVersion,
    dateRange: dateRangeOf(doc.stores),
    counts: countStores(doc.stores),
    encryption: null,
    // A JSON export is validated as a whole when it is read: an invalid one never reaches the preview.
    invalidRecords: [],
  };
}
