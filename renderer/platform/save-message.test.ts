import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { fileFailureText, SAID_FILE_ERRORS, savedMessage } from './save-message';

describe('the message after a save', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it('says where the file was saved when the app wrote it (Electron, or the browser’s save picker)', () => {
    const t = i18n.getFixedT('zh-CN', 'report');
    expect(savedMessage(t, { ok: true, path: 'D:\\报告.docx', bytes: 10 }, 'export.saved')).toBe(
      '已保存到 D:\\报告.docx',
    );
  });

  it('does not claim a browser download was saved: it was handed to the browser', () => {
    const zh = i18n.getFixedT('zh-CN', 'report');
    const text = savedMessage(zh, { ok: true, path: '报告.xlsx', bytes: 10, download: true }, 'export.saved');
    expect(text).toContain('已交给浏览器保存：报告.xlsx');
    expect(text).not.toMatch(/已下载|已保存到/);
    const en = i18n.getFixedT('en', 'report');
    expect(
      savedMessage(en, { ok: true, path: 'r.xlsx', bytes: 1, download: true }, 'export.saved'),
    ).toContain('Handed to the browser to save: r.xlsx');
  });

  it('says why a save failed in the officer’s language, not main’s English message', () => {
    const zh = i18n.getFixedT('zh-CN', 'report');
    const full = {
      error: 'diskFull' as const,
      message:
        'Disk is full: not enough space to write E:\\报告.docx. Free some space or choose another drive.',
    };
    const text = zh('export.failed', { reason: fileFailureText(zh, full) });
    expect(text).toContain('磁盘空间不足');
    expect(text).not.toContain('Disk is full');
    // Every code the officer can act on has words in both languages.
    const codes = [...SAID_FILE_ERRORS];
    expect(codes).toContain('diskFull');
    for (const lang of ['zh-CN', 'en']) {
      const t = i18n.getFixedT(lang, 'report');
      for (const error of codes) {
        const said = fileFailureText(t, { error, message: 'technical' });
        expect(said, `${lang} ${error}`).not.toBe('technical');
        expect(said, `${lang} ${error}`).not.toMatch(/fileError/);
      }
    }
    // An unexpected failure keeps its own message: the only description there is.
    expect(fileFailureText(zh, { error: 'unknown', message: 'showSaveFilePicker failed' })).toBe(
      'showSaveFilePicker failed',
    );
  });
});
