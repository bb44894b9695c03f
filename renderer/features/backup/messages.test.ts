import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { failureOutcome, problemLine, problemLines, restoreFailureOutcome } from './messages';

describe('a bad backup’s details in the user’s language', () => {
  const i18n = initI18n('zh-CN');
  const t = i18n.getFixedT('zh-CN', 'backup');
  const en = i18n.getFixedT('en', 'backup');

  it('names the register, the record, the field and the reason instead of keys', () => {
    const line = 'requests #3 (id r-3, 2025-003): receivedDate — validation.invalidDate';
    const zh = problemLine(t, line);
    expect(zh).toMatch(/^依申请公开 第 3 条（id r-3, 2025-003）：.+：日期无效/);
    expect(zh).toContain('日期无效');
    expect(zh).not.toContain('validation.');
    expect(zh).not.toContain('receivedDate');
    expect(problemLine(en, line)).toMatch(/^Requests #3 \(id r-3, 2025-003\): .+: /);
    expect(problemLine(en, line)).not.toContain('validation.');
  });

  it('keeps the rest of a nested field’s path after its label', () => {
    const line = problemLine(t, 'requests #2 (id r-2): applicantName.0 — validation.required');
    expect(line).toBe('依申请公开 第 2 条（id r-2）：申请人姓名/名称.0：必填');
  });

  it('translates count mismatches and leaves any other line as it is', () => {
    expect(problemLine(t, 'publications: header 4, payload 3')).toBe('主动公开：文件头记为 4 条，实际 3 条');
    expect(problemLine(t, 'something else entirely')).toBe('something else entirely');
  });

  it('says a whole store’s fault in words, and works with any page’s namespace (Settings → 导入)', () => {
    expect(problemLine(t, 'consultations: validation.invalid')).toBe('咨询：格式不正确');
    const settings = i18n.getFixedT('zh-CN', 'settings');
    expect(problemLine(settings, 'consultations #1 (id c-1): date — validation.invalidDate')).toBe(
      '咨询 第 1 条（id c-1）：日期：日期无效（格式为 年-月-日，如 2025-03-05）',
    );
  });

  it('shows each line once', () => {
    const line = 'appeals #1 (id a-1): closedDate — validation.invalidDate';
    expect(problemLines(t, [line, line])).toHaveLength(1);
  });
});

describe('a stopped restore in the officer’s language (library and main English only as labelled detail)', () => {
  const i18n = initI18n('zh-CN');
  const t = i18n.getFixedT('zh-CN', 'backup');
  const en = i18n.getFixedT('en', 'backup');
  const ascii = /[A-Za-z]{4,}/;

  it('a wrong count names each register with both numbers', () => {
    const outcome = restoreFailureOutcome(t, {
      ok: false,
      stage: 'verify',
      message: 'publications: expected 5, found 4',
      rolledBack: true,
      mismatches: [{ store: 'publications', expected: 5, found: 4 }],
    });
    expect(outcome.title).toBe('恢复后记录数核对不一致，已还原为恢复前的数据。');
    expect(outcome.lines).toEqual(['主动公开：备份中 5 条，恢复后 4 条']);
    expect(outcome.detail).toBeUndefined();
  });

  it('counts that could not be taken are said, the reason kept as detail', () => {
    const outcome = restoreFailureOutcome(en, {
      ok: false,
      stage: 'verify',
      message: 'the counts could not be checked (boom)',
      rolledBack: false,
      mismatches: [],
    });
    expect(outcome.lines).toEqual(['The records could not be counted after the restore.']);
    expect(outcome.detail).toBe('the counts could not be checked (boom)');
  });

  it('a full disk while importing or saving the safety backup is said in words, with no detail', () => {
    const imported = restoreFailureOutcome(t, {
      ok: false,
      stage: 'import',
      message: 'The quota has been exceeded.',
      said: 'QuotaExceededError',
    });
    expect(imported.title).toBe('导入失败，已撤销，当前数据未做任何更改。');
    expect(imported.lines).toEqual([i18n.t('common:dbError.quota', { lng: 'zh-CN' })]);
    expect(imported.detail).toBeUndefined();
    const safety = restoreFailureOutcome(t, {
      ok: false,
      stage: 'safetyBackup',
      message: 'Disk is full: not enough space to write x.gkbak',
      error: 'diskFull',
    });
    expect(safety.lines.join('')).toContain('磁盘空间不足');
    expect(`${safety.title}${safety.lines.join('')}`).not.toMatch(ascii);
    expect(safety.detail).toBeUndefined();
  });

  it('an unexpected failure keeps its message, as detail', () => {
    const outcome = restoreFailureOutcome(t, { ok: false, stage: 'import', message: 'the worker died' });
    expect(outcome.lines).toEqual([]);
    expect(outcome.detail).toBe('the worker died');
  });

  it('a damaged file: its problem in words, the reader’s diagnosis as detail', () => {
    const outcome = restoreFailureOutcome(t, {
      ok: false,
      stage: 'open',
      problem: { ok: false, error: 'corrupt', message: "the file's checksum does not match" },
    });
    expect(outcome.title).not.toMatch(ascii);
    expect(outcome.lines).toEqual([]);
    expect(outcome.detail).toBe("the file's checksum does not match");
  });

  it('a folder that cannot be written is said in full; an unknown failure keeps main’s message as detail', () => {
    const full = failureOutcome(t, { error: 'diskFull', message: 'Disk is full: …' });
    expect(full.title).toContain('磁盘空间不足');
    expect(full.detail).toBeUndefined();
    expect(failureOutcome(t, { error: 'unknown', message: 'EIO: i/o error' }).detail).toBe('EIO: i/o error');
  });
});
