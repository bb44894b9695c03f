// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../i18n';
import { useEnumLabel } from './enum-label';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
initI18n('zh-CN');

/** The labels the component was last drawn with. */
let seen: ReturnType<typeof useEnumLabel> | null = null;
function Probe() {
  seen = useEnumLabel();
  return null;
}

describe('enum labels (issue 17: each looked up once per language)', () => {
  it('gives the official label, looks each up once, and follows a change of language', async () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    await act(async () => root.render(<Probe />));
    const lookups = vi.spyOn(i18n, 't');
    try {
      const zh = seen as unknown as ReturnType<typeof useEnumLabel>;
      expect(zh.label('requestChannel', 'post')).toBe('邮寄');
      expect(zh.label('requestChannel', 'post')).toBe('邮寄');
      expect(zh.options('requestChannel', ['post'])).toEqual([{ value: 'post', label: '邮寄' }]);
      expect(lookups).toHaveBeenCalledTimes(1);
      await act(async () => {
        await i18n.changeLanguage('en');
      });
      const en = seen as unknown as ReturnType<typeof useEnumLabel>;
      expect(en.label('requestChannel', 'post')).not.toBe('邮寄');
    } finally {
      lookups.mockRestore();
      await act(async () => {
        await i18n.changeLanguage('zh-CN');
      });
      await act(async () => root.unmount());
    }
  });
});
