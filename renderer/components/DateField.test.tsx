// @vitest-environment jsdom
import { Form, type FormInstance } from 'antd';
import { act, type ReactNode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateString } from '../../shared/model';
import { initI18n } from '../i18n';
import { prepareFormTestDom } from './antd-shape';
import { DateField, readTypedDate } from './DateField';

initI18n('zh-CN');
prepareFormTestDom();

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

async function mount(node: ReactNode) {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  await act(async () => root.render(node));
  unmount = () => {
    act(() => root.unmount());
    el.remove();
  };
  return el;
}

/** The box as the officer types into it: focus, the text, then Tab (blur) or Enter. */
async function typeInto(el: HTMLElement, text: string, end: 'Tab' | 'Enter' = 'Tab') {
  const input = el.querySelector<HTMLInputElement>('input[data-testid="date"]');
  if (!input) throw new Error('no date box');
  await act(async () => input.focus());
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: end, bubbles: true }));
  });
  if (end === 'Tab') await act(async () => input.blur());
  // The picker puts its text back a frame after the blur (or is drawn afresh: asked for again).
  await act(() => new Promise((r) => setTimeout(r, 50)));
  return el.querySelector<HTMLInputElement>('input[data-testid="date"]') ?? input;
}

/** A page's own state holding the date (the deadline calculator, the calendar's overrides). */
function Own({ initial, onChange }: { initial: string | null; onChange: (v: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      data-testid="date"
      value={value}
      onChange={(v) => {
        onChange(v);
        setValue(v);
      }}
    />
  );
}

/** A register form's field (antd's Form.Item binds it by name). */
function InForm({ form, initial }: { form: (f: FormInstance) => void; initial: string | null }) {
  const [f] = Form.useForm();
  form(f);
  return (
    <Form form={f} initialValues={{ submittedDate: initial }}>
      <Form.Item name="submittedDate" label="提交日期">
        <DateField data-testid="date" />
      </Form.Item>
    </Form>
  );
}

const FORMATS = [
  '2026/9/10',
  '20260910',
  '2026.9.10',
  '2026-9-10',
  '2026年9月10日',
  '2026-09-10',
  '2026/09/10',
];

describe('readTypedDate', () => {
  it('reads the ways a date is written as YYYY-MM-DD; empty is no date at all', () => {
    for (const text of [...FORMATS, ' 2026/9/10 ', '2026年09月10日'])
      expect(readTypedDate(text), text).toBe('2026-09-10');
    expect(readTypedDate('')).toBeNull();
    expect(readTypedDate('  ')).toBeNull();
  });

  it('refuses days that do not exist and text that is no date, never rolling them over', () => {
    for (const text of ['2026-02-30', '2026/13/1', 'abc', '2026-9', '2026年9月10', '20260230', '1800-01-01'])
      expect(readTypedDate(text), text).toBeUndefined();
    expect(readTypedDate('2028-02-29')).toBe('2028-02-29');
  });
});

describe('DateField on a page’s own state', () => {
  for (const text of FORMATS) {
    it(`takes ${text} (Tab) as 2026-09-10 and shows it so`, async () => {
      const onChange = vi.fn();
      const el = await mount(<Own initial="2026-03-01" onChange={onChange} />);
      const input = await typeInto(el, text);
      expect(onChange).toHaveBeenLastCalledWith('2026-09-10');
      expect(input.value).toBe('2026-09-10');
      expect(el.querySelector('[role="alert"]')).toBeNull();
    });
  }

  it('takes a date on Enter too', async () => {
    const onChange = vi.fn();
    const el = await mount(<Own initial="2026-03-01" onChange={onChange} />);
    await typeInto(el, '2026年9月10日', 'Enter');
    expect(onChange).toHaveBeenLastCalledWith('2026-09-10');
  });

  it('does not take 2026-02-30: the box shows the date kept, and says the text was not taken', async () => {
    const onChange = vi.fn();
    const el = await mount(<Own initial="2026-03-01" onChange={onChange} />);
    const input = await typeInto(el, '2026-02-30');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('2026-03-01');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      '“2026-02-30”不是有效日期，未采用，日期仍为原来的；请按 2025-09-25 的格式填写',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // A date typed next retires the message.
    await typeInto(el, '2026/9/10');
    expect(onChange).toHaveBeenLastCalledWith('2026-09-10');
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so on Enter as well, showing the date kept with the cursor still in the box', async () => {
    const onChange = vi.fn();
    const el = await mount(<Own initial="2026-03-01" onChange={onChange} />);
    await typeInto(el, 'abc', 'Enter');
    expect(onChange).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('“abc”不是有效日期');
    const input = el.querySelector<HTMLInputElement>('input[data-testid="date"]');
    expect(input?.value).toBe('2026-03-01');
    expect(document.activeElement).toBe(input);
  });

  it('gives null when the box is cleared', async () => {
    const onChange = vi.fn();
    const el = await mount(<Own initial="2026-03-01" onChange={onChange} />);
    const input = await typeInto(el, '');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input.value).toBe('');
  });
});

describe('DateField in a form', () => {
  let form: FormInstance | null = null;
  const keep = (f: FormInstance) => {
    form = f;
  };

  for (const text of FORMATS) {
    it(`takes ${text} as 2026-09-10`, async () => {
      const el = await mount(<InForm form={keep} initial="2026-03-01" />);
      const input = await typeInto(el, text);
      expect(form?.getFieldValue('submittedDate')).toBe('2026-09-10');
      expect(input.value).toBe('2026-09-10');
    });
  }

  for (const text of ['2026-02-30', 'abc', '2026/13/1']) {
    it(`does not keep the old date under ${text}: the field holds the text, the record refuses it, the field says so`, async () => {
      const el = await mount(<InForm form={keep} initial="2026-03-01" />);
      const input = await typeInto(el, text);
      const value = form?.getFieldValue('submittedDate');
      expect(value).toBe(text);
      expect(dateString.safeParse(value).success).toBe(false);
      // The text stays in the box, marked, with what to do.
      expect(input.value).toBe(text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(el.querySelector('.ant-picker-status-error')).not.toBeNull();
      expect(el.querySelector('[role="alert"]')?.textContent).toBe('日期无效，请按 2025-09-25 的格式填写');
    });
  }

  it('takes a real date typed over the text that was none', async () => {
    const el = await mount(<InForm form={keep} initial="2026-03-01" />);
    await typeInto(el, '2026-02-30', 'Enter');
    expect(form?.getFieldValue('submittedDate')).toBe('2026-02-30');
    // Even the date the field held before: it is the typed text that is now replaced.
    await typeInto(el, '2026-03-01');
    expect(form?.getFieldValue('submittedDate')).toBe('2026-03-01');
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('gives null when the box is cleared', async () => {
    const el = await mount(<InForm form={keep} initial="2026-03-01" />);
    await typeInto(el, '');
    expect(form?.getFieldValue('submittedDate')).toBeNull();
  });
});
