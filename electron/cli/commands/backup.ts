/**
 * `npm run desk -- backup create --input <export.json> --out <file.gkbak> [--password-file F]`
 * `npm run desk -- backup verify <file.gkbak> [--password-file F]`
 * Builds and checks backup files with the same shared/backup code as the app, so an office can check
 * a USB stick's backups on any PC with Node (issue 5 "Headless"). Exit codes (README "Exit codes"):
 * 0 verified, 1 refused (every damaged file: one `FAILED (code): reason` line), 2 usage,
 * 3 intact but its encrypted contents not checked (no password given).
 */
import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  type BackupHeader,
  type CryptoLike,
  checkPayload,
  createBackup,
  inspectBackup,
  openBackup,
} from '../../../shared/backup';
import { localTimeText } from '../../../shared/model/dates';
import { SCHEMA_VERSION } from '../../../shared/model/schema-version';
import { atomicWrite } from '../../handlers/atomic-write';
import { readBackupChecked } from '../../handlers/backup-files';
import { zlibInflateBounded } from '../../handlers/zlib-inflate';
import { failureFromError } from '../../ipc/errors';
import { isNotFound, userPath } from '../cli-io';
import { EXIT } from '../exit-codes';
import { loadExport } from '../export-check';
import { groupedProblemLines } from '../cli-i18n';
import { describeChain, nodeSha256, printChainProblems } from './audit';
import { verifyAuditChain } from '../../../shared/audit/chain';

/** node:zlib's bounded raw inflate (about twice as fast as fflate on a ten-year backup). */
const zlibInflateRaw = zlibInflateBounded;

export const summary =
  'backup files: create --input export.json --out f.gkbak | verify f.gkbak [--password-file F]';

const USAGE = `usage:
  npm run desk -- backup create --input <export.json> --out <file.gkbak> [--password-file <file>]
  npm run desk -- backup verify <file.gkbak> [--password-file <file>]
`;

const crypto = webcrypto as unknown as CryptoLike;
const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

/** The password is read from a file (never the command line, which other users can see). */
async function readPassword(given: string | undefined): Promise<string | undefined | number> {
  if (!given) return undefined;
  const path = userPath(given);
  try {
    const text = (await fsp.readFile(path, 'utf8')).replace(/\r?\n$/, '');
    if (!text) {
      err(`${path}: the password file is empty`);
      return 1;
    }
    return text;
  } catch (e) {
    if (isNotFound(e)) err(`password file not found: ${path}`);
    else err(`cannot read the password file ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

function printHeader(file: string, header: BackupHeader): void {
  out(`备份文件 File:        ${file}`);
  out(`格式 Format:          ${header.format} v${header.formatVersion}`);
  out(`软件版本 App:         ${header.appVersion} (database schema ${header.schemaVersion})`);
  out(`备份时间 Created:     ${localTimeText(header.createdAt)}`);
  out(`机关 Agency:          ${header.agencyName || '—'}`);
  out(`日期范围 Dates:       ${header.dateRange.from ?? '—'} — ${header.dateRange.to ?? '—'}`);
  out(
    `加密 Encrypted:       ${header.encryption ? `yes (${header.encryption.cipher}, ${header.encryption.kdf} × ${header.encryption.iterations})` : 'no'}`,
  );
  out(`个人信息 Personal data: ${header.containsPersonalData ? 'yes' : 'no'}`);
  out('记录数 Records:');
  for (const [store, n] of Object.entries(header.counts)) out(`  ${store.padEnd(18)} ${n}`);
}

async function create(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { input: { type: 'string' }, out: { type: 'string' }, 'password-file': { type: 'string' } },
    allowPositionals: false,
  });
  if (!values.input || !values.out) {
    err(USAGE);
    return 2;
  }
  const input = userPath(values.input);
  const target = userPath(values.out);
  const password = await readPassword(values['password-file']);
  if (typeof password === 'number') return password;
  // The same reading, checks, Chinese messages and exit code as every command (export-check.ts).
  const loaded = await loadExport(input, err);
  if (typeof loaded === 'number') return loaded;
  const { bytes, header } = await createBackup(loaded.doc, {
    crypto,
    createdAt: new Date().toISOString(),
    password,
  });
  try {
    await atomicWrite(fsp, target, bytes);
  } catch (e) {
    err(failureFromError(e, target).message);
    return 1;
  }
  // Read back and verify, as the app does, before saying it worked.
  const back = new Uint8Array(await fsp.readFile(target));
  const opened = await openBackup(back, {
    crypto,
    password,
    maxSchemaVersion: Number.MAX_SAFE_INTEGER,
    inflateRaw: zlibInflateRaw,
  });
  if (!opened.ok) {
    err(`written but NOT verified: ${opened.message}`);
    return 1;
  }
  printHeader(target, header);
  out(`OK: written and verified (${bytes.length} bytes)`);
  return 0;
}

async function verify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'password-file': { type: 'string' } },
    allowPositionals: true,
  });
  const given = positionals[0];
  if (!given || positionals.length > 1) {
    err(USAGE);
    return 2;
  }
  const file = userPath(given);
  const password = await readPassword(values['password-file']);
  if (typeof password === 'number') return password;
  let bytes: Uint8Array;
  try {
    // The header is checked from the first bytes before the file is read (a 2 GB file of zeros stops here).
    bytes = await readBackupChecked(fsp, file);
  } catch (e) {
    // A mistyped name is not a removed USB stick: say which file is missing.
    if (isNotFound(e)) {
      err(`FAILED (notFound): file not found: ${file}`);
      return 1;
    }
    const failure = failureFromError(e, file);
    // A size refusal's reason (tooLarge…) is for the app's message; its code here stays `corrupt`.
    const sized = ['tooLarge', 'pieceTooLarge', 'tooComplex'].includes(failure.reason ?? '');
    err(`FAILED (${sized ? 'corrupt' : (failure.reason ?? failure.code)}): ${failure.message}`);
    return 1;
  }
  const info = inspectBackup(bytes);
  if (!info.ok) {
    err(`FAILED (${info.error}): ${info.message}`);
    return 1;
  }
  printHeader(file, info.header);
  // As restore: data from a newer database schema cannot be restored here, however intact the file.
  const { schemaVersion, appVersion } = info.header;
  if (schemaVersion > SCHEMA_VERSION) {
    err(
      `FAILED (newerVersion): the backup comes from a newer app (${appVersion}, database version ${schemaVersion}; this app has ${SCHEMA_VERSION}); update the app first`,
    );
    return 1;
  }
  if (info.header.encryption && !password) {
    const checked = await checkPayload(bytes, info, crypto);
    if (!checked.ok) {
      err(`FAILED (${checked.error}): ${checked.message}`);
      return 1;
    }
    out(
      'NOT CHECKED: the file is intact (checksum OK), but its contents are encrypted and were not checked: give --password-file to check every record.',
    );
    return EXIT.notChecked;
  }
  const opened = await openBackup(bytes, {
    crypto,
    password,
    maxSchemaVersion: SCHEMA_VERSION,
    inflateRaw: zlibInflateRaw,
  });
  if (!opened.ok) {
    err(`FAILED (${opened.error}): ${opened.message}`);
    for (const line of groupedProblemLines(opened.issues ?? [])) err(`  ${line}`);
    return 1;
  }
  // The audit log's chain (issue 14 item 24): a row changed, deleted or inserted since it was written.
  const chain = verifyAuditChain(opened.doc.stores.audit, nodeSha256);
  const described = describeChain(chain);
  for (const line of described.lines) out(line);
  if (!described.ok) {
    printChainProblems(chain, err);
    return EXIT.refused;
  }
  out('OK: checksum, decryption, every record, the counts and the audit chain verified.');
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  let stage = 'usage';
  try {
    if (sub === 'create') return await create(rest);
    if (sub === 'verify') {
      stage = 'verify';
      return await verify(rest);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Past the arguments, anything unexpected is about the file: a damaged file is never "wrong usage".
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (stage === 'verify' && !code.startsWith('ERR_PARSE_ARGS')) {
      err(`FAILED (corrupt): the file could not be checked (${message})`);
      return EXIT.refused;
    }
    err(message);
    return EXIT.usage;
  }
  err(USAGE);
  return 2;
}
