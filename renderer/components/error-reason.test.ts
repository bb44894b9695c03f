import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { errorReason } from './error-reason';

describe('why a database write failed, in the officer’s language', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it('a full disk and a closed database are said in words; anything else keeps its message', () => {
    const zh = i18n.getFixedT('zh-CN', 'common');
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorReason(zh, quota)).toBe('电脑磁盘空间不足，请清理磁盘空间后再试');
    // Dexie's wrapper of an aborted transaction keeps the cause as `inner`.
    const aborted = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(errorReason(zh, aborted)).toBe('电脑磁盘空间不足，请清理磁盘空间后再试');
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(errorReason(zh, closed)).toContain('数据库已被关闭');
    expect(errorReason(i18n.getFixedT('en', 'common'), quota)).toContain('disk is full');
    expect(errorReason(zh, new Error('something else'))).toBe('something else');
    expect(errorReason(zh, 'plain')).toBe('plain');
  });
});
