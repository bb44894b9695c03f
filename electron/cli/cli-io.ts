/**
 * What the headless commands share at the edge: reading an export file, writing an output file
 * atomically, and today's local civil date (the CLI is an edge, so it may read the clock; shared/ may not).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type InterchangeDocument, parseInterchange } from '../../shared/model/interchange';

/** Reads and validates an export file; on failure prints why and returns the exit code. */
export async function readExport(path: string): Promise<InterchangeDocument | number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const parsed = parseInterchange(text);
  if (!parsed.ok) {
    process.stderr.write(`${path}: ${parsed.message}\n`);
    for (const issue of parsed.issues ?? []) process.stderr.write(`  ${issue}\n`);
    return 1;
  }
  return parsed.doc;
}

/** Temp file + rename, so an interrupted run never leaves half a document under the real name. */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A path the user typed, made absolute. `npm run desk` runs in the project folder, so a relative
 * path is taken from the folder npm was run from (npm sets INIT_CWD), as the user expects.
 */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), path);
}

/** The file (or a folder on its path) does not exist. */
export function isNotFound(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
