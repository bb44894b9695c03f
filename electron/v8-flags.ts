/**
 * V8 flags the app's processes run with (electron/main.ts, before the app is ready; issue 17). The
 * benchmark launches Chromium with the same flags, so that browser mode stands for the app.
 *
 * `--max-semi-space-size=4` (MB): the young generation's semi-spaces at most 4 MB instead of V8's
 * 16. A scavenge copies what survives it, and the records of a large read all do: at county scale
 * the requests list's 20,000 requests or a year's report were copied in scavenges of 70–100 ms, the
 * longest tasks of a session's first visits (docs/performance.md, twenty-fifth pass). With smaller
 * semi-spaces the same copying comes in smaller pauses between the reads' windows.
 */
export const V8_FLAGS = '--max-semi-space-size=4';

/**
 * The Chromium switch the benchmark adds (`DESK_JS_FLAGS` overrides the flags: '' for none, e.g.
 * to measure without them).
 */
export function v8FlagsSwitch(env: NodeJS.ProcessEnv = process.env): string[] {
  const flags = env.DESK_JS_FLAGS ?? V8_FLAGS;
  return flags ? [`--js-flags=${flags}`] : [];
}
