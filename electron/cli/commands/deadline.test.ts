import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInterchange } from '../../../shared/model/interchange';
import { run } from './deadline';

/** Runs the command in-process and returns what it printed. */
async function desk(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('desk deadline', () => {
  it('prints the dates and the derivation', async () => {
    const r = await desk(['--received', '2025-09-25', '--today', '2025-10-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('答复期限      2025-10-29');
    expect(r.out).toContain('补正告知期限  2025-10-11');
    expect(r.out).toContain(
      '收到 2025-09-25 → 第20个工作日 2025-10-29（跳过国庆中秋假期10-01至10-08，计入调休上班日 09-28、10-11）',
    );
  });

  it('--json gives correctionNoticeDue, replyDue, unknownYears and steps', async () => {
    const r = await desk(['--received', '2026-12-15', '--today', '2026-12-15', '--json']);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      correctionNoticeDue: '2026-12-24',
      replyDue: '2027-01-12',
      unknownYears: [2027],
    });
    expect(Array.isArray(json.steps)).toBe(true);
    expect((json.steps as { kind: string }[]).map((s) => s.kind)).toEqual([
      'correctionNotice',
      'replyDue',
      'unknownYears',
    ]);
  });

  it('handles 补正, repeated consultations and an extension', async () => {
    const r = await desk([
      '--received',
      '2025-09-22',
      '--correction-asked',
      '2025-09-24',
      '--corrected',
      '2025-10-09',
      '--consult',
      '2025-10-13..2025-10-15',
      '--consult',
      '2025-10-14..2025-10-17',
      '--extend',
      '5',
      '--today',
      '2025-10-20',
      '--json',
    ]);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    // From 10-09: 20 working days is 11-05; paused 10-14 … 10-17 (4 working days) → 11-11; +5 → 11-18.
    expect(json).toMatchObject({
      clockStart: '2025-10-09',
      replyDueUnextended: '2025-11-11',
      replyDue: '2025-11-18',
    });
  });

  it('uses the officer calendar from an export with --data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-deadline-'));
    try {
      const file = join(dir, 'export.json');
      const doc = buildInterchange(
        { calendarOverrides: [{ date: '2025-10-29', kind: 'holiday', note: '测试调整' }] },
        { appVersion: 'test', schemaVersion: 1, exportedAt: '2025-10-01T00:00:00Z' },
      );
      await writeFile(file, JSON.stringify(doc));
      const r = await desk(['--received', '2025-09-25', '--data', file, '--json']);
      expect(JSON.parse(r.out)).toMatchObject({ replyDue: '2025-10-30' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad input with exit code 2 and says why', async () => {
    expect((await desk([])).code).toBe(2);
    const badDate = await desk(['--received', '2025-02-30']);
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.err).toContain('--received must be a date');
    expect((await desk(['--received', '2025-09-25', '--extend', '21'])).err).toContain(
      '--extend must be 1–20',
    );
    const reply = await desk(['--received', '2025-09-25', '--consult', '2025-10-10..2025-10-09']);
    expect(reply.code).toBe(2);
    expect(reply.err).toContain('validation.replyBeforeSent');
  });

  it('runs through the desk dispatcher', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'electron/cli/desk.ts', 'deadline', '--received', '2026-01-20', '--json'],
      {
        cwd: join(__dirname, '../../..'),
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ replyDue: '2026-02-24' });
  });
});
