import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../i18n';
import { applyIssues, setIssuePlacement } from './form-errors';

initI18n('zh-CN');
const t = i18n.getFixedT('zh-CN', 'common');

/** A form with these fields (names as antd gives them): what it was told to show beside each. */
function fakeForm(fields: (string | number)[][]) {
  const shown = new Map<string, string[]>();
  const form = {
    getFieldsError: () => fields.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (list: { name: (string | number)[]; errors?: string[] }[]) => {
      for (const f of list) shown.set(f.name.join('.'), f.errors ?? []);
    },
  } as unknown as FormInstance;
  return { form, shown };
}

describe('applyIssues', () => {
  it('puts an issue beside its field, and returns one no field shows without the record’s path', () => {
    const { form, shown } = fakeForm([['serial']]);
    const unplaced = applyIssues(
      form,
      [
        { path: ['serial'], message: 'validation.required' },
        { path: ['events', 5, 'amountFen'], message: 'validation.required' },
        { path: [], message: 'validation.recordGone' },
      ],
      t,
    );
    expect(shown.get('serial')).toEqual(['必填']);
    expect(unplaced).toEqual(['必填', t('validation.recordGone')]);
    expect(unplaced.join('')).not.toMatch(/events|amountFen/);
  });

  it('follows the form’s placement: another field, or a label for one not on screen', () => {
    const { form, shown } = fakeForm([['events', 1, 'amountYuan']]);
    setIssuePlacement(form, {
      fieldOf: (path) => (path[2] === 'amountFen' ? ['events', 1, 'amountYuan'] : path),
      labelOf: (field) => (field[0] === 'events' ? '第1个办理环节' : undefined),
    });
    const unplaced = applyIssues(
      form,
      [
        { path: ['events', 0, 'amountFen'], message: 'validation.required' },
        { path: ['events', 0, 'id'], message: 'validation.required' },
        { path: ['events', 2, 'id'], message: 'validation.required' },
        { path: ['anonymisedAt'], message: 'validation.invalid' },
      ],
      t,
    );
    expect(shown.get('events.1.amountYuan')).toEqual(['必填']);
    // The same line once, though two issues gave it.
    expect(unplaced).toEqual(['第1个办理环节：必填', t('validation.invalid')]);
  });
});
