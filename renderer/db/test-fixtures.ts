import type { Consultation, Publication } from '../../shared/model';
import { generateDataset } from '../../test/bench/generate';
import type { DeskDb } from './database';
import { activeToOf } from './versions/v3';

/** Helpers shared by the repository tests (obviously fake data only). */

/** A stored publication with every field filled; `extra` overrides. */
export function testPublication(
  id: string,
  formedDate: string,
  publishedDate: string | null,
  extra: Partial<Publication> = {},
): Publication {
  return {
    id,
    title: `测试信息${id}`,
    summary: '',
    docNumber: '',
    formedDate,
    publishedDate,
    category: '工作动态',
    channels: ['website'],
    column: '工作动态',
    docKind: 'ordinary',
    abolishedDate: null,
    validity: 'valid',
    review: {
      firstReview: { by: '', date: null, result: 'pending', note: '' },
      secrecyReview: { by: '', date: null, result: 'pending', note: '' },
      leaderSignoff: { by: '', date: null, result: 'pending', note: '' },
    },
    indexNumber: null,
    publisher: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: null,
    ...extra,
  };
}

/** A consultation by phone with an empty reply (obviously fake data); `extra` overrides any field. */
export function testConsultation(
  id: string,
  date: string,
  topic: string,
  extra: Partial<Consultation> = {},
): Consultation {
  return {
    id,
    date,
    channel: 'phone',
    asker: '',
    topic,
    reply: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: null,
    ...extra,
  };
}

/** localStorage as the renderer has it (vitest runs in Node, which has none). */
export function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

/**
 * Four generated years, 2022–2025 (seeded): carried-over and open requests, fees, unpublished items,
 * abolished 规范性文件 — plus an appeal filed in 2025 about a request closed in 2022 (the report
 * checks that the request exists, so a loader reading a window of years must still find it).
 */
export function generatedYears() {
  const data = generateDataset({ scale: 0.02, years: 4, lastYear: 2025 });
  const closedEarly = data.requests.find((r) => !r.deletedAt && activeToOf(r) < '2023-01-01');
  const sampleAppeal = data.appeals[0];
  if (!closedEarly || !sampleAppeal)
    throw new Error('generated data lacks an early closed request or an appeal');
  data.appeals.push({
    ...sampleAppeal,
    id: 'appeal-about-old-request',
    kind: 'review',
    requestId: closedEarly.id,
    filedDate: '2025-02-01',
    result: 'pending',
    closedDate: null,
    deletedAt: null,
  });
  return data;
}

/** Stores the generated registers and 表二 figures in one transaction. */
export function storeGenerated(db: DeskDb, data: ReturnType<typeof generatedYears>) {
  return db.transaction(
    'rw',
    [db.publications, db.requests, db.consultations, db.appeals, db.yearFigures],
    async () => {
      await db.publications.bulkAdd(data.publications);
      await db.requests.bulkAdd(data.requests);
      await db.consultations.bulkAdd(data.consultations);
      await db.appeals.bulkAdd(data.appeals);
      await db.yearFigures.bulkAdd(data.yearFigures);
    },
  );
}
