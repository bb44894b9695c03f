import type { Page } from '@playwright/test';
import type { Recorder } from './recorder';

/**
 * Issue 15's targets in the app (Chromium, the ten-year database): drafting a letter < 100 ms, the
 * letters register of a year < 300 ms. The letters are added to the database first (one issued
 * 答复书 per answered request); the reads are the app's own (test/bench/browser/letter-entry.ts).
 */
export async function letterSteps(
  bench: Page,
  rec: Recorder,
  options: { runs: number; year: number; log: (s: string) => void },
): Promise<void> {
  const { runs, year, log } = options;
  try {
    const added = await bench.evaluate(() => window.bench.addLetters());
    log(`  chromium: ${added.letters} issued letters added in ${added.ms.toFixed(0)} ms`);
    const picked = await bench.evaluate((y) => window.bench.pickLetterCase(y), year);
    let draftNote = '';
    await rec.step(
      {
        id: 'chromium.letterDraft',
        label: `draft an 答复书 (已主动公开) for request ${picked.serial}: keyed reads + draftLetter`,
        targetMs: 100,
      },
      runs,
      async () => {
        const r = await bench.evaluate(([id, pub]) => window.bench.letterDraft(id, pub), [
          picked.requestId,
          picked.publicationId,
        ] as const);
        draftNote = `${r.paragraphs} paragraphs, ${r.blanks} blanks left for the officer`;
        return r.ms;
      },
      () => draftNote,
    );
    let registerNote = '';
    await rec.step(
      {
        id: 'chromium.letterRegister',
        label: `letters register of ${year}: letterRegisterData (two index range reads) + rows`,
        targetMs: 300,
      },
      runs,
      async () => {
        const r = await bench.evaluate((y) => window.bench.letterRegister(y), year);
        registerNote = `${r.rows} rows of ${r.total} letters; last run: reads ${r.readMs.toFixed(0)} ms + rows ${r.rowsMs.toFixed(0)} ms (one keyed read per request instead: ${r.byKeyReadMs.toFixed(0)} ms)`;
        return r.ms;
      },
      () => registerNote,
    );
  } catch (err) {
    log(`    letters: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}
