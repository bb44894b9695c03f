import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchProfile } from './browser/app-ui';
import { serveBuilds } from './browser/server';
import { median } from './measure';
import { writeAbResult } from './results';

/**
 * The restore as the officer does it (issue 17), through the screens: 备份与恢复, 恢复 on the newest
 * automatic backup, the preview shown for `--preview` ms, the confirmation ticked, 确认恢复 — and the
 * time from that click until the outcome is on screen, with when each stage's message appeared.
 * Builds alternate; every run starts from a fresh copy of the filled profile (`--dir`, profile-start.ts:
 * its automatic backups are what is restored), so a restore never sees another's data.
 * `npx tsx test/bench/restore-walk.ts --build a=<dist A> --build b=<dist B> --dir /tmp/zp [--rounds 4]
 *  [--idle 6000] [--preview 1500]` (`--idle`: how long the backup page stands before 恢复, so that the
 *  start's own work — the day's first automatic backup — is over)
 */
const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    port: { type: 'string', default: '4191' },
    rounds: { type: 'string', default: '4' },
    idle: { type: 'string', default: '6000' },
    preview: { type: 'string', default: '1500' },
    out: { type: 'string', default: 'bench-results' },
  },
});

/** Marks the restore dialog's messages (正在…) and the outcome as they appear, in page time. */
function stageProbe() {
  const w = window as unknown as { __stages: [string, number][] };
  w.__stages = [];
  const look = () => {
    const modal = document.querySelector('.ant-modal');
    const stage = modal ? ((modal.textContent ?? '').match(/正在[^…]*…/)?.[0] ?? '') : '';
    const outcome = document.querySelector('[data-testid="restore-outcome"]') ? 'outcome' : '';
    const seen = outcome || stage;
    if (seen && w.__stages.at(-1)?.[0] !== seen) w.__stages.push([seen, performance.now()]);
  };
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver(look).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    }),
  );
}

interface Sample {
  ms: number;
  stages: string;
}

async function walk(url: string, dir: string): Promise<Sample> {
  const copy = await mkdtemp(join(tmpdir(), 'desk-restore-walk-'));
  await cp(dir, copy, { recursive: true });
  const context = await launchProfile(copy);
  try {
    await context.addInitScript(stageProbe);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/backup`);
    await page.getByTestId('page-title').waitFor();
    await page.waitForTimeout(Number(values.idle));
    await page
      .getByRole('button', { name: /^恢\s?复$/ })
      .first()
      .click();
    await page.getByTestId('restore-preview').waitFor();
    await page.waitForTimeout(Number(values.preview));
    await page.getByText('我已核对，确认用此备份替换当前数据').click();
    const confirm = page.getByRole('button', { name: '确认恢复' });
    const clickedAt = await page.evaluate(() => performance.now());
    await confirm.click();
    await page.getByTestId('restore-outcome').waitFor({ timeout: 120_000 });
    const outcome = (await page.getByTestId('restore-outcome').textContent()) ?? '';
    if (!outcome.includes('恢复完成')) throw new Error(`the restore failed: ${outcome}`);
    const stages = await page.evaluate(
      () => (window as unknown as { __stages: [string, number][] }).__stages,
    );
    const done = stages.find(([s]) => s === 'outcome')?.[1] ?? Number.NaN;
    return {
      ms: done - clickedAt,
      stages: stages
        .map(([s, t]) => `${s.replace(/[（…].*$/, '')} +${(t - clickedAt).toFixed(0)}`)
        .join(', '),
    };
  } finally {
    await context.close();
    await rm(copy, { recursive: true, force: true });
  }
}

async function main() {
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const { server, builds } = await serveBuilds(values.build, dir, Number(values.port));
  const samples: Record<string, Sample[]> = Object.fromEntries(builds.map(([n]) => [n, []]));
  try {
    for (let r = 0; r < Number(values.rounds); r++) {
      for (let i = 0; i < builds.length; i++) {
        const [name] = builds[(i + r) % builds.length] as [string, string];
        const s = await walk(`${server.url}/${name}/`, dir);
        samples[name]?.push(s);
        console.log(`${name}: ${s.ms.toFixed(0)} ms (${s.stages}) load ${loadavg()[0]?.toFixed(1)}`);
      }
    }
  } finally {
    await server.close();
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([name, xs]) => [name, { medianMs: median(xs.map((x) => x.ms)), runs: xs }]),
  );
  for (const [name, s] of Object.entries(summary)) console.log(`${name}: median ${s.medianMs.toFixed(0)} ms`);
  await writeAbResult(values.out ?? 'bench-results', 'restore-walk', { builds, options: values, summary });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
