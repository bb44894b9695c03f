import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchProfile, longTaskProbe, requireRecords, storedPublications } from './browser/app-ui';
import { serveBuilds } from './browser/server';
import { coldStartAt } from './browser/throttle';
import { median } from './measure';
import { writeAbResult } from './results';

/**
 * A/B of the cold start alone (issue 17): builds served on one origin share one filled database
 * (profile-start.ts `--dir`); each round starts every build in turn (order rotating) in a newly
 * launched browser and records when the first screen's content was there (`content`), when the main
 * thread was free after it was painted (`ready`, the benchmark's cold start) and the longest task
 * until then. Cold starts vary by hundreds of ms from one to the next on a loaded machine: many
 * quick rounds, not a few long ones (ab.ts also measures clicks).
 * `npx tsx test/bench/start-ab.ts --build a=<dist A> --build b=<dist B> --dir /tmp/zp [--rounds 10] [--rate 4] [--hash '#/publications']
 *  [--cached b]` (`--cached`: those builds served cacheable, so that Chromium's HTTP cache and V8's code
 *  cache apply from their second start on: the same build twice measures the code cache alone)
 */
const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true },
    dir: { type: 'string', default: '/tmp/desk-profile-start' },
    /** The port the profile was filled on (profile-start.ts): its data belong to that origin. */
    port: { type: 'string', default: '4207' },
    rounds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '1' },
    hash: { type: 'string', default: '' },
    out: { type: 'string', default: 'bench-results' },
    cached: { type: 'string', multiple: true },
  },
});

interface Sample {
  content: number;
  ready: number;
  longestTaskMs: number;
}

async function coldStart(url: string, blank: string, dir: string, rate: number): Promise<Sample> {
  const context = await launchProfile(dir);
  try {
    await context.addInitScript(longTaskProbe);
    const page = context.pages()[0] ?? (await context.newPage());
    const sample = await coldStartAt(page, url, blank, rate);
    requireRecords(await storedPublications(page), values.port);
    return sample;
  } finally {
    await context.close();
  }
}

async function main() {
  const dir = values.dir ?? '/tmp/desk-profile-start';
  const { server, builds } = await serveBuilds(values.build, dir, Number(values.port), values.cached);
  const rate = Number(values.rate);
  const samples: Record<string, Sample[]> = Object.fromEntries(builds.map(([n]) => [n, []]));
  const loads: number[] = [];
  try {
    for (let r = 0; r < Number(values.rounds); r++) {
      const order = builds.map((_, i) => builds[(i + r) % builds.length] as [string, string]);
      for (const [name] of order) {
        const s = await coldStart(
          `${server.url}/${name}/${values.hash}`,
          `${server.url}/__bench/blank.html`,
          dir,
          rate,
        );
        samples[name]?.push(s);
        console.log(
          `round ${r + 1} ${name}: content ${s.content.toFixed(0)} ms, ready ${s.ready.toFixed(0)} ms, longest task ${s.longestTaskMs.toFixed(0)} ms`,
        );
      }
      loads.push(loadavg()[0] ?? 0);
    }
  } finally {
    await server.close();
  }
  console.log(
    `\ncold start${values.hash ? ` into ${values.hash}` : ''} at ${rate}×, medians of ${values.rounds}:`,
  );
  for (const [name, dirOf] of builds) {
    const s = samples[name] ?? [];
    console.log(
      `${name} (${dirOf}): content ${median(s.map((x) => x.content)).toFixed(0)} ms, ready ${median(s.map((x) => x.ready)).toFixed(0)} ms, longest task ${median(s.map((x) => x.longestTaskMs)).toFixed(0)} ms`,
    );
  }
  await writeAbResult(values.out, 'start-ab', {
    builds,
    cached: values.cached ?? [],
    rate,
    hash: values.hash,
    loads,
    samples,
  });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
