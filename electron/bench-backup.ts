/**
 * Backup benchmark (issue 5 "Performance"): a 10-year database (200,000 publications, 20,000
 * requests, 100,000 consultations). Measures, in Node with the real code paths:
 *   - building the backup file (export JSON streamed into deflate, SHA-256, AES-GCM when encrypted),
 *   - the main-process write (temp → fsync → rename → read back → full verification → prune),
 *   - opening it for restore (checksum, decrypt, inflate, parse, validate every record, counts),
 * and the peak resident memory: the backup side in this process (it also holds the generated
 * data, as the renderer holds the exported records), the restore side in a child process that
 * only opens the file (as the renderer does before importing). The IndexedDB import itself runs in
 * the browser (Chromium's IndexedDB) and is not measured here.
 *   npx tsx electron/bench-backup.ts [--encrypted]
 */
import { execFileSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CryptoLike, createBackup, openBackup } from '../shared/backup';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type InterchangeDocument,
  interchangeStores,
} from '../shared/model';
import { ISSUE_BENCH_SIZE, makeBenchmarkStores } from '../shared/report/bench';
import { createHandlers } from './handlers/index';
import { createNodeDeps, scriptedDialog } from './handlers/node-deps';

const crypto = webcrypto as unknown as CryptoLike;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// Child mode: open one file for restore and report time and peak memory.
const restoreIndex = process.argv.indexOf('--restore-child');
if (restoreIndex > 0) {
  const file = process.argv[restoreIndex + 1] ?? '';
  const pw = process.argv[restoreIndex + 2] || undefined;
  const t = performance.now();
  const opened = await openBackup(new Uint8Array(await fsp.readFile(file)), {
    crypto,
    password: pw,
    maxSchemaVersion: 1,
  });
  if (!opened.ok) throw new Error(opened.message);
  console.log(
    `restore, read + open + validate every record: ${(performance.now() - t).toFixed(0)} ms ` +
      `(${opened.doc.stores.publications.length} publications); peak memory of that process: ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  process.exit(0);
}
const encrypted = process.argv.includes('--encrypted');
const password = encrypted ? 'bench-password' : undefined;
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

const made = performance.now();
const base = makeBenchmarkStores(ISSUE_BENCH_SIZE);
const doc: InterchangeDocument = {
  format: INTERCHANGE_FORMAT,
  formatVersion: INTERCHANGE_VERSION,
  appVersion: '0.1.0',
  schemaVersion: 1,
  exportedAt: new Date().toISOString(),
  stores: { ...interchangeStores.parse({}), ...base },
};
console.log(
  `data: ${doc.stores.publications.length} publications, ${doc.stores.requests.length} requests, ` +
    `${doc.stores.consultations.length} consultations (generated in ${ms(made)})`,
);

const dir = await fsp.mkdtemp(join(tmpdir(), 'desk-bench-'));
try {
  const dialog = scriptedDialog();
  const handlers = createHandlers(
    createNodeDeps({ dialog, paths: { userData: join(dir, 'userData'), docs: dir, downloads: dir } }),
  );
  await fsp.mkdir(join(dir, 'usb'));
  dialog.nextFolder.push(join(dir, 'usb'));
  await handlers['backup:chooseFolder']({});

  const t1 = performance.now();
  const { bytes, header } = await createBackup(doc, {
    crypto,
    createdAt: new Date().toISOString(),
    password,
  });
  const build = ms(t1);
  const t2 = performance.now();
  const written = await handlers['backup:writeExternal']({ data: bytes, password });
  const write = ms(t2);
  if (!written.ok) throw new Error(written.message);
  console.log(
    `backup ${encrypted ? '(encrypted)' : '(plain)'}: JSON ${mb(header.payload.jsonBytes)} → file ${mb(bytes.length)}`,
  );
  console.log(`  build file:               ${build}`);
  console.log(`  write + read back + verify: ${write}`);
  console.log(`  total (backup written and verified): ${ms(t1)}`);

  console.log(`  peak memory of this process (data + backup): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  const file = join(dir, 'usb', written.name);
  const self = new URL(import.meta.url).pathname;
  const child = execFileSync(
    process.execPath,
    [...process.execArgv, self, '--restore-child', file, password ?? ''],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(child);
} finally {
  await fsp.rm(dir, { recursive: true, force: true });
}
