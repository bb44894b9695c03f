import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { problemLine, problemLines } from './messages';

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

  it('shows each line once', () => {
    const line = 'appeals #1 (id a-1): closedDate — validation.invalidDate';
    expect(problemLines(t, [line, line])).toHaveLength(1);
  });
});
