import type { InterchangeStores } from '../model/interchange';
import type { YearBaseline } from '../model/baseline';
import type { AgencyProfile, ReportDoc } from '../model/settings';
import { applyBaseline } from './apply-baseline';
import { tableChecks } from './checks';
import { computeTable4 } from './compute-appeals';
import {
  computeConsultationFigures,
  computePublicationFigures,
  computeTable2,
  type Period,
} from './compute-publications';
import { computeFeeFigures, computeTable3 } from './compute-requests';
import type { ReportFormat } from './format-types';
import { formatForYear } from './formats';
import { type Cell, type ReportCheck, type ReportModel, readModel } from './model';
import type { PreviousTexts } from './prose-checks';
import { renderText } from './placeholders';
import { diffCells, findSnapshot } from './snapshot';

/** The stores the report reads: an export's `doc.stores` fits, and so does a slice from the app's DB. */
export type ReportStores = Pick<
  InterchangeStores,
  'publications' | 'requests' | 'consultations' | 'appeals' | 'yearFigures' | 'reportSnapshots'
> &
  Partial<Pick<InterchangeStores, 'reportDrafts'>> & {
    /** Last years' published figures (settings.baselines): the first year in the app uses them. */
    baselines?: readonly YearBaseline[];
  };

export class NoReportFormatError extends Error {
  constructor(readonly year: number) {
    super(`no annual report format for reporting year ${year}`);
  }
}

export function periodOf(year: number): Period {
  return { year, start: `${year}-01-01`, end: `${year}-12-31` };
}

const live = <T extends { deletedAt?: string | null }>(records: readonly T[]): T[] =>
  records.filter((r) => !r.deletedAt);

/**
 * The whole annual report model for a reporting year: 表二/三/四, the figures the prose links to,
 * and the checks on the numbers (prose checks need the texts: proseChecks). Records in the trash
 * (deletedAt set) are ignored. Pure and deterministic: same stores, same model.
 */
export function computeAnnualReport(
  stores: ReportStores,
  year: number,
  profile: Pick<AgencyProfile, 'agencyName'>,
  format: ReportFormat | null = formatForYear(year),
): ReportModel {
  if (!format) throw new NoReportFormatError(year);
  const period = periodOf(year);
  const publications = live(stores.publications);
  const requests = live(stores.requests);
  const appeals = live(stores.appeals);
  const consultations = live(stores.consultations);
  const figures = stores.yearFigures.find((f) => f.year === year) ?? null;

  const t2 = computeTable2(publications, figures, format, period);
  const t3 = computeTable3(requests, format, period);
  const t4 = computeTable4(appeals, new Set(requests.map((r) => r.id)), format, period);
  const computed: Record<string, Cell> = {
    ...t2.cells,
    ...t3.cells,
    ...t4.cells,
    ...computePublicationFigures(publications, period),
    ...computeConsultationFigures(consultations, period),
    ...computeFeeFigures(requests, period),
  };
  const baseline = stores.baselines?.find((b) => b.year === year - 1) ?? null;
  const cells = applyBaseline(computed, baseline, { requests, publications }, format, year);

  const lastSnapshot = findSnapshot(stores.reportSnapshots, year - 1);
  const lastModel = lastSnapshot ? readModel(lastSnapshot.model) : null;
  const checks: ReportCheck[] = [
    ...tableChecks(cells, format, lastModel ? { year: year - 1, cells: lastModel.cells } : null),
    ...t2.checks,
    ...t3.checks,
    ...t4.checks,
  ];
  const own = findSnapshot(stores.reportSnapshots, year);
  const ownModel = own ? readModel(own.model) : null;
  if (own && ownModel) {
    const diffs = diffCells(ownModel.cells, cells);
    if (diffs.length > 0) {
      checks.push({
        id: 'finalisedDiffers',
        key: 'checks.finalisedDiffers',
        severity: 'warning',
        params: { count: diffs.length, finalisedAt: own.finalisedAt ?? '' },
        store: null,
        ids: [],
        cells: diffs.map((d) => d.key),
      });
    }
  }
  return {
    formatVersion: format.version,
    year,
    agencyName: profile.agencyName,
    periodStart: period.start,
    periodEnd: period.end,
    cells,
    checks,
  };
}

/**
 * Last year's texts as published (a finalised snapshot, rendered with its frozen figures), or
 * last year's draft when nothing was finalised: shown beside 五/六 and used for 内容雷同.
 */
export function previousTexts(
  stores: Pick<ReportStores, 'reportSnapshots' | 'reportDrafts'>,
  year: number,
): PreviousTexts | null {
  const snapshot = findSnapshot(stores.reportSnapshots, year - 1);
  if (snapshot) {
    const cells = readModel(snapshot.model)?.cells ?? {};
    const texts: Record<string, string> = {};
    for (const [id, text] of Object.entries(snapshot.texts)) texts[id] = renderText(text, cells);
    return { year: year - 1, texts };
  }
  const draft: ReportDoc | undefined = (stores.reportDrafts ?? []).find((d) => d.year === year - 1);
  return draft ? { year: year - 1, texts: { ...draft.texts } } : null;
}
