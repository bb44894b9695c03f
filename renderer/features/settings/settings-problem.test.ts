import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { appSettings } from '../../../shared/model/settings';
import en from '../../i18n/locales/en/settings.json';
import zh from '../../i18n/locales/zh-CN/settings.json';
import common from '../../i18n/locales/zh-CN/common.json';
import { issueMessage } from './SettingsProblem';

describe('the invalid-settings banner (issue 14 item 7)', () => {
  it('has a label for every stored settings field, in both languages', () => {
    const fields = Object.keys(appSettings.shape);
    for (const labels of [zh.settingsProblem.fields, en.settingsProblem.fields]) {
      expect(fields.filter((f) => !(f in labels))).toEqual([]);
    }
  });

  it("reads our message keys in the officer's language and a library's English as 格式不正确", async () => {
    const t = i18n.createInstance();
    await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { common } }, defaultNS: 'common' });
    expect(issueMessage(t.t, 'validation.tooLong:300')).toBe('不能超过300个字');
    expect(issueMessage(t.t, 'Expected string, received number')).toBe('格式不正确');
  });
});
