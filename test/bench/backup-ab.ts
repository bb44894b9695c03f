import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { coldStartProbe, coldStartReady, launchProfile, longTaskProbe } from './browser/app-ui';
import { serveBuilds } from './browser/server';
import { storedAutoBackups } from './browser/start-steps';
import { median } from './measure';
import { writeAbResult } from './results';

/**
 * A/B of the first start of the day (issue 17): builds served on one origin share one filled
 * database (profile-start.ts `--dir`); each round starts every build in turn (order rotating) with
 * the day's automatic backups removed, waits for the app to write the daily backup, and records the
 * window's long tasks from the interactive first screen until the backup was stored: the longest,
 * and their blocking time (the part of each over 50 ms).
 * `npx tsx test/bench/backup-ab.ts --build a=<dist A> --build b=<dist B> --dir /tmp/zp [--rounds 3]`
 */
const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    port: { type: 'string', default: '4191' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results' },
  },
});

interface Sample {
  readyMs: number;
  storedAtMs: number;
  longestTaskMs: number;
  blockingMs: number;
  /** From 19.5 s after ready (the backup waits 20 s, START_BACKUP_DELAY_MS): the backup's own. */
  backupTaskMs: number;
}

async function firstStartOfDay(url: string, blank: string, dir: string): Promise<Sample> {
  const context = await launchProfile(dir);
  try {
    await context.addInitScript(longTaskProbe);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(blank);
    await storedAutoBackups(page, true);
    await page.addInitScript(coldStartProbe);
    const signal = coldStartReady(page, 120_000);
    signal.catch(() => undefined);
    await page.goto(url);
    const { ready } = await signal;
    let storedAt: number | null = null;
    for (let i = 0; i < 240 && storedAt === null; i++) {
      if ((await storedAutoBackups(page)) > 0) storedAt = await page.evaluate(() => performance.now());
      else await page.waitForTimeout(250);
    }
    if (storedAt === null) throw new Error('no automatic backup within a minute');
    const tasks = await page.evaluate(
      ([from, to]) =>
        ((window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? []).filter(
          ([start, duration]) => start < to && start + duration > from,
        ),
      [ready, storedAt] as const,
    );
    return {
      readyMs: ready,
      storedAtMs: storedAt,
      longestTaskMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      blockingMs: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      backupTaskMs: tasks
        .filter(([start, d]) => start + d > ready + 19_500)
        .reduce((m, [, d]) => Math.max(m, d), 0),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const { server, builds, mounts } = await serveBuilds(values.build, dir, Number(values.port));
  const samples = new Map<string, Sample[]>();
  const loadStart = loadavg();
  try {
    for (let r = 0; r < Number(values.rounds); r++) {
      for (let i = 0; i < builds.length; i++) {
        const [name] = builds[(i + r) % builds.length] as [string, string];
        const s = await firstStartOfDay(`${server.url}/${name}/`, `${server.url}/__bench/blank.html`, dir);
        samples.set(name, [...(samples.get(name) ?? []), s]);
        console.log(
          `round ${r + 1} ${name}: ready ${s.readyMs.toFixed(0)} ms, backup stored at ${(s.storedAtMs / 1000).toFixed(1)} s, longest task ${s.longestTaskMs.toFixed(0)} ms (once the backup may start: ${s.backupTaskMs.toFixed(0)} ms), blocking ${s.blockingMs.toFixed(0)} ms (load ${loadavg()[0]?.toFixed(1)})`,
        );
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `medians of ${values.rounds}: ready / longest task from ready until the backup was stored / the same from 19.5 s after ready / blocking`,
  );
  for (const [name, xs] of samples)
    console.log(
      `${name.padEnd(8)} ${median(xs.map((x) => x.readyMs)).toFixed(0)} ms / ${median(xs.map((x) => x.longestTaskMs)).toFixed(0)} ms / ${median(xs.map((x) => x.backupTaskMs)).toFixed(0)} ms / ${median(xs.map((x) => x.blockingMs)).toFixed(0)} ms`,
    );
  await writeAbResult(values.out, 'backup-ab', {
    mounts,
    loadAvg: { start: loadStart, end: loadavg() },
    samples: Object.fromEntries(samples),
  });
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
