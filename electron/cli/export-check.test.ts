import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../shared/backup/sample-data';
import { SCHEMA_VERSION } from '../../shared/model/schema-version';
import { run as backup } from './commands/backup';
import { run as catalogue } from './commands/catalogue';
import { run as deadline } from './commands/deadline';
import { run as guide } from './commands/guide';
import { run as report } from './commands/report';

/**
 * Issue 14 items 18, 19, 22: every command reads an export the same way — the app's rules, Chinese
 * messages naming the record, the field's label and the rule, one exit code for the same bad export.
 */
let dir: string;
let stderr = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-export-check-'));
  stderr = '';
  delete process.env.INIT_CWD;
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const io = {
  out: () => undefined,
  err: (s: string) => {
    stderr += s;
  },
  today: () => '2025-03-01',
};
type Doc = ReturnType<typeof sampleDocument>;
function write(change: (doc: Doc) => void): string {
  const doc = sampleDocument();
  change(doc);
  const path = join(dir, 'export.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}
/** The same export through every command: the exit codes must agree. */
async function allCommands(path: string, strict = false): Promise<number[]> {
  const s = strict ? ['--strict'] : [];
  return [
    await report(['--input', path, '--year', '2024', '--out', join(dir, 'r.docx'), ...s], io),
    await catalogue(['--input', path, '--out', join(dir, 'c.csv'), ...s]),
    await guide(['--input', path, '--out', join(dir, 'g.docx'), ...s]),
  ];
}
const noRawText = () => {
  expect(stderr).not.toMatch(/validation\.|Invalid input|expected string|clock:workflow/);
};

describe('an invalid export, every command', () => {
  it('a too-long field: the record, the field label and the rule in Chinese; exit 1 everywhere', async () => {
    const path = write((d) => {
      d.stores.requests[0]!.content = '长'.repeat(2001);
    });
    expect(await allCommands(path)).toEqual([1, 1, 1]);
    expect(stderr).toContain('依申请公开 第 1 条（id r-1, 2024-001）：申请内容：不能超过2000个字');
    noRawText();
  });

  it('an unknown outcome code and a missing field read as Chinese rules, not library English', async () => {
    const path = write((d) => {
      (d.stores.requests[0]!.events[0] as { outcome: string }).outcome = 'nonsense';
      for (const p of d.stores.publications) delete (p as { title?: string }).title;
    });
    expect(await report(['--input', path, '--year', '2024'], io)).toBe(1);
    expect(stderr).toContain('答复必须选择一个法定办理结果');
    // Three records missing the same field: one line, not three.
    const lines = stderr.split('\n').filter((l) => l.includes('主动公开'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('第 1、2、3 条');
    expect(lines[0]).toContain('必填');
    noRawText();
  });

  it('backup create and deadline --data read an export the same way (exit 1, the same Chinese line)', async () => {
    const path = write((d) => {
      d.stores.requests[0]!.content = '长'.repeat(2001);
    });
    expect(await backup(['create', '--input', path, '--out', join(dir, 'b.gkbak')])).toBe(1);
    expect(await deadline(['--received', '2025-03-03', '--data', path])).toBe(1);
    const line = '依申请公开 第 1 条（id r-1, 2024-001）：申请内容：不能超过2000个字';
    expect(stderr.split(line).length - 1).toBe(2);
    noRawText();
  });

  it('refuses an export from a newer database schema (exit 1)', async () => {
    const path = write((d) => {
      d.schemaVersion = SCHEMA_VERSION + 1;
    });
    expect(await allCommands(path)).toEqual([1, 1, 1]);
    expect(stderr).toContain('FAILED (newerVersion)');
    expect(stderr).toContain('请先升级软件');
  });
});

describe('the workflow rules of the app (shared/requests/workflow.ts)', () => {
  it('a fee-unpaid outcome with no fee notice is refused as the app refuses to save it', async () => {
    const path = write((d) => {
      (d.stores.requests[0]!.events[0] as { outcome: string }).outcome = 'other.feeUnpaid';
    });
    expect(await allCommands(path)).toEqual([1, 1, 1]);
    expect(stderr).toContain('FAILED (workflow)');
    expect(stderr).toContain('依申请公开 第 1 条（2024-001）');
    noRawText();
  });

  it('a 5-fen payment against a 10,000-fen notice is refused', async () => {
    const path = write((d) => {
      const r = d.stores.requests[0]!;
      const answer = r.events[0]!;
      r.events = [
        {
          id: 'f-1',
          type: 'feeNotice',
          date: r.receivedDate,
          note: '',
          method: 'perApplication',
          amountFen: 10_000,
          payBy: answer.date,
        },
        { id: 'f-2', type: 'feePaid', date: r.receivedDate, note: '', amountFen: 5 },
        answer,
      ];
    });
    expect(await report(['--input', path, '--year', '2024'], io)).toBe(1);
    expect(stderr).toContain('缴费金额与收费通知不一致');
  });
});

describe('warnings: printed, and --strict catches them (exit 4)', () => {
  it('a missing agency name is a warning: exit 0, with --strict 4', async () => {
    const path = write((d) => {
      d.stores.settings!.profile.agencyName = '';
    });
    expect(await catalogue(['--input', path, '--out', join(dir, 'c.csv')])).toBe(0);
    expect(stderr).toContain('没有机关名称');
    expect(await allCommands(path, true)).toEqual([4, 4, 4]);
  });
});

describe('索引号 from an export, checked as the app checks them', () => {
  it.each([
    ['a space inside', '1100/2024 00001', '索引号格式不正确'],
    ['a control character', '1100/2024-\u000100001', '索引号格式不正确'],
    ['the same number twice (letter case ignored)', 'dup', '索引号已被使用'],
  ])('%s is refused', async (_what, number, message) => {
    const path = write((d) => {
      const [a, b] = d.stores.publications;
      a!.indexNumber = number === 'dup' ? '11000000X/2024-00001' : number;
      if (number === 'dup') b!.indexNumber = '11000000x/2024-00001';
    });
    expect(await allCommands(path)).toEqual([1, 1, 1]);
    expect(stderr).toContain(message);
  });
});
