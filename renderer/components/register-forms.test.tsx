// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { App as AntApp, Form, type FormInstance, Input } from 'antd';
import { act, type ReactNode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Publication } from '../../shared/model';
import { navigate } from '../app/router';
import { db } from '../db/database';
import { createRecord } from '../db/repositories/registers';
import { PublicationForm } from '../features/publications/PublicationForm';
import { initI18n } from '../i18n';
import { prepareFormTestDom } from './antd-shape';
import { RegisterPage } from './RegisterPage';
import { SaveButton, SubmitProblems } from './SubmitParts';
import { changedPaths, useRecordSubmit } from './use-record-submit';

// The window's idle time comes when a test says so (idleTime): what waits for it then runs inside act.
const idleQueue = vi.hoisted(() => [] as Array<() => void>);
vi.mock('../app/idle', () => ({
  whenIdle: (fn: () => void) => {
    idleQueue.push(fn);
  },
}));

initI18n('zh-CN');
prepareFormTestDom();

const ctx = { actor: 'test', now: '2025-03-10T08:00:00.000Z' };
let mounted: { el: HTMLElement; unmount: () => void } | null = null;

async function mount(node: ReactNode, { settle = true } = {}) {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  await act(async () => root.render(<AntApp>{node}</AntApp>));
  // The stored settings arrive (and draw what reads them) before anything is counted.
  if (settle) await act(() => new Promise((r) => setTimeout(r, 100)));
  mounted = {
    el,
    unmount: () => {
      act(() => root.unmount());
      el.remove();
    },
  };
  return el;
}

/** Waits (in act) until `check` holds, up to 3 s. */
async function until(check: () => boolean) {
  for (let i = 0; i < 300 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

const base = {
  summary: '',
  docNumber: '',
  formedDate: '2025-03-03',
  publishedDate: '2025-03-10',
  category: '工作动态',
  channels: ['website'],
  column: '',
  docKind: 'ordinary',
  abolishedDate: null,
  validity: 'valid',
  publisher: '',
  review: {
    firstReview: { by: '测试审核员甲', date: '2025-03-04', result: 'pass', note: '' },
    secrecyReview: { by: '测试审核员乙', date: '2025-03-05', result: 'pass', note: '测试意见' },
    leaderSignoff: { by: '测试领导丙', date: '2025-03-06', result: 'pass', note: '' },
  },
};

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  window.location.hash = '';
  idleQueue.length = 0;
});
afterAll(() => db.close());

/** How many times the form's component was drawn. */
let formRenders = 0;
/** The test form's antd form. */
let testForm: FormInstance | null = null;
let saved: string | null = null;
const full = { date: '2025-03-10', channel: 'phone', topic: '', asker: '', reply: '' };
function TestForm({ initial }: { initial: Record<string, string> }) {
  formRenders++;
  const [form] = Form.useForm();
  testForm = form;
  const { status, formProps } = useRecordSubmit('consultations', null, form, (id) => {
    saved = id;
  });
  return (
    <Form {...formProps} initialValues={initial}>
      <SubmitProblems status={status} />
      <Form.Item name="topic">
        <Input data-testid="topic" />
      </Form.Item>
      <Form.Item name="asker">
        <Input data-testid="asker" />
      </Form.Item>
      <SaveButton status={status} />
    </Form>
  );
}

/** Types `text` into the input with test id `id`, as the officer would. */
async function type(el: HTMLElement, id: string, text: string) {
  const input = el.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('a register form saves without drawing itself again (issue 17)', () => {
  it('the button shows the save under way; the fields are not drawn again for it', async () => {
    const el = await mount(<TestForm initial={full} />);
    const drawn = formRenders;
    const button = el.querySelector('[data-testid="save-record"]') as HTMLButtonElement;
    const input = el.querySelector('[data-testid="topic"]') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        input,
        '测试咨询：如何申请',
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const typed = formRenders;
    let loadingShown = false;
    const watch = new MutationObserver(() => {
      if (button.classList.contains('ant-btn-loading')) loadingShown = true;
    });
    watch.observe(button, { attributes: true, attributeFilter: ['class'] });
    await act(async () => button.click());
    await until(() => saved !== null);
    await until(() => !button.classList.contains('ant-btn-loading'));
    watch.disconnect();
    expect(loadingShown).toBe(true);
    expect((await db.consultations.get(saved as unknown as string))?.topic).toBe('测试咨询：如何申请');
    // Typing draws the form's fields, not the form; the save drew neither.
    expect(typed).toBe(drawn);
    expect(formRenders).toBe(drawn);
  });

  it('a field fixed after a refused save no longer shows its message, nor after the next refusal', async () => {
    saved = null;
    // No topic: refused with 必填 beside it; then a topic and an asker too long: only the asker's.
    const el = await mount(<TestForm initial={full} />);
    await act(async () => (el.querySelector('[data-testid="save-record"]') as HTMLButtonElement).click());
    await until(() => (testForm?.getFieldError('topic').length ?? 0) > 0);
    expect(testForm?.getFieldError('topic')).toEqual(['必填']);
    // Typed into: its message goes at once.
    await type(el, 'topic', '测试咨询：第二次保存');
    expect(testForm?.getFieldError('topic')).toEqual([]);
    // Set again by a refusal, and left alone by the next: the next refusal takes it away.
    testForm?.setFields([{ name: 'topic', errors: ['测试：上次的提示'] }]);
    await type(el, 'asker', '测'.repeat(400));
    await act(async () => (el.querySelector('[data-testid="save-record"]') as HTMLButtonElement).click());
    await until(() => (testForm?.getFieldError('asker').length ?? 0) > 0);
    expect(testForm?.getFieldError('topic')).toEqual([]);
    expect(saved).toBeNull();
  });

  it('a refused save shows its problems above the fields, still without drawing the form', async () => {
    // No topic (a field of the form: its message goes beside it) and no date (not a field here: above).
    const el = await mount(<TestForm initial={{ ...full, date: '' }} />);
    const drawn = formRenders;
    await act(async () => (el.querySelector('[data-testid="save-record"]') as HTMLButtonElement).click());
    await until(() => el.querySelector('.ant-alert-error') !== null);
    // In the officer's words: the record's internal path (`date`) is not shown.
    expect(el.querySelector('.ant-alert-error')?.textContent).toBe(
      '日期无效（格式为 年-月-日，如 2025-03-05）',
    );
    await until(() => el.querySelector('.ant-form-item-explain-error') !== null);
    expect(formRenders).toBe(drawn);
  });
});

describe('changedPaths', () => {
  it('gives the path of each changed value, nested groups down to their fields; arrays and dates are values', () => {
    const when = new Date('2025-03-10T00:00:00Z');
    expect(
      changedPaths({
        title: 'x',
        channels: ['website'],
        review: { firstReview: { by: '测试', date: when } },
      }),
    ).toEqual([['title'], ['channels'], ['review', 'firstReview', 'by'], ['review', 'firstReview', 'date']]);
  });
});

describe('the publication form: its review section drawn after the fields above it (issue 17)', () => {
  it('a save made before the section is drawn keeps the record’s review', async () => {
    const record = (await createRecord(
      db,
      'publications',
      { ...base, title: '测试公开事项：审核记录' },
      ctx,
    )) as Publication;
    let done: string | null = null;
    const el = await mount(
      <PublicationForm
        record={record}
        done={(id) => {
          done = id;
        }}
      />,
      { settle: false },
    );
    // The fields above are there, the review's not yet.
    expect(el.querySelector('[data-testid="field-title"]')).not.toBeNull();
    expect(el.textContent).not.toContain('测试审核员乙');
    expect([...el.querySelectorAll('input')].some((i) => i.value === '测试审核员乙')).toBe(false);
    await act(async () => (el.querySelector('[data-testid="save-record"]') as HTMLButtonElement).click());
    await until(() => done !== null);
    const after = await db.publications.get(record.id);
    expect(after?.review).toEqual(base.review);
    // And the section comes, with the record's values.
    await until(() => [...el.querySelectorAll('input')].some((i) => i.value === '测试审核员乙'));
  });
});

type Probe = { id: string; title: string; updatedAt: string };
/** The list's rows as the page is given them (a test changes them as a list's new read would). */
let rows: Probe[] = [{ id: 'r1', title: '测试记录甲', updatedAt: '2025-01-01T00:00:00Z' }];
/** How many times each drawer's content was drawn. */
const drawn = { detail: 0, form: 0 };
function Detail({ title }: { title: string }) {
  drawn.detail++;
  return <div data-testid="probe-detail">{title}</div>;
}
/** The form's `done`, as its save calls it. */
let formDone: (id: string, saved?: unknown) => void = () => undefined;
function EditForm({ title, done }: { title: string; done: (id: string, saved?: unknown) => void }) {
  drawn.form++;
  formDone = done;
  return <div data-testid="probe-form">{title}</div>;
}
// As a register page passes them: new functions on every render of the page.
/** Draws the page again, as a list's new read or a filter's change does. */
let drawPageAgain: () => void = () => undefined;
type RenderForm = (record: Probe | null, done: (id: string, saved?: unknown) => void) => ReactNode;
const editForm: RenderForm = (r, done) => <EditForm title={r?.title ?? ''} done={done} />;
function Page({ form = editForm }: { form?: RenderForm }) {
  const [, setN] = useState(0);
  drawPageAgain = () => setN((n) => n + 1);
  return (
    <RegisterPage<Probe>
      register="consultations"
      rows={rows}
      columns={[{ title: '标题', dataIndex: 'title' }]}
      filters={null}
      titleOf={(r) => r.title}
      renderDetail={(r) => <Detail title={r.title} />}
      renderForm={form}
    />
  );
}

describe('a register drawer’s content is drawn again only when its record changes (issue 17)', () => {
  it('the page drawn again, or 编辑, does not draw the detail’s content again for the same record', async () => {
    await act(async () => navigate('/consultations/r1'));
    const el = await mount(<Page />);
    await until(() => el.ownerDocument.querySelector('[data-testid="probe-detail"]') !== null);
    const detailOnce = drawn.detail;
    // The page drawn again around an open detail (its render functions new ones each time).
    await act(async () => drawPageAgain());
    await act(async () => drawPageAgain());
    expect(drawn.detail).toBe(detailOnce);
    // 编辑: the closing detail's content is not drawn again with the opening form.
    await act(async () => navigate('/consultations/r1/edit'));
    await until(() => el.ownerDocument.querySelector('[data-testid="probe-form"]') !== null);
    expect(drawn.detail).toBe(detailOnce);
    expect(drawn.form).toBe(1);
  });

  it('a save does not draw the form again with the saved record before the detail opens', async () => {
    await act(async () => navigate('/consultations/r1/edit'));
    const el = await mount(<Page />);
    await until(() => el.ownerDocument.querySelector('[data-testid="probe-form"]') !== null);
    const once = drawn.form;
    const edited = { id: 'r1', title: '测试记录甲（保存后）', updatedAt: '2025-01-03T00:00:00Z' };
    // The save's done, and the page drawn again (the list's new read) before the address has moved.
    await act(async () => {
      formDone('r1', edited);
      drawPageAgain();
    });
    await until(
      () =>
        el.ownerDocument.querySelector('[data-testid="probe-detail"]')?.textContent ===
        '测试记录甲（保存后）',
    );
    expect(drawn.form).toBe(once);
  });

  it('a save opens its detail with the record as saved, until the list has read it again', async () => {
    await act(async () => navigate('/consultations/r1/edit'));
    const el = await mount(<Page />);
    const shown = () => el.ownerDocument.querySelector('[data-testid="probe-detail"]')?.textContent;
    await until(() => el.ownerDocument.querySelector('[data-testid="probe-form"]') !== null);
    // The save: the list still holds the version before it.
    const edited = { id: 'r1', title: '测试记录甲（修改）', updatedAt: '2025-01-02T00:00:00Z' };
    await act(async () => formDone('r1', edited));
    await until(() => shown() === '测试记录甲（修改）');
    // The page drawn again before the list has read: still the saved record.
    await act(async () => drawPageAgain());
    expect(shown()).toBe('测试记录甲（修改）');
    // The list's next read is what shows from then on, whatever its updatedAt says (another write
    // in the same millisecond, or with the clock set back: a letter's answer step added to a request).
    rows = [{ id: 'r1', title: '测试记录甲（修改，另一写入）', updatedAt: '2025-01-02T00:00:00Z' }];
    await act(async () => drawPageAgain());
    await until(() => shown() === '测试记录甲（修改，另一写入）');
    rows = [{ id: 'r1', title: '测试记录甲', updatedAt: '2025-01-01T00:00:00Z' }];
  });
});

/** How many 新增 forms were made (each instance its own number). */
let made = 0;
/** A form with state of its own: which instance it is, and what was typed into it. */
function NewForm() {
  const [instance] = useState(() => ++made);
  const [typed, setTyped] = useState('');
  drawn.form++;
  return (
    <div data-testid="probe-new" data-instance={instance}>
      <input data-testid="probe-input" value={typed} onChange={(e) => setTyped(e.target.value)} />
    </div>
  );
}
const newForm: RenderForm = () => <NewForm />;
const NewPage = () => <Page form={newForm} />;

/** The window idle: once something waits for it, it runs (its updates flushed by act). */
async function idleTime() {
  await until(() => idleQueue.length > 0);
  await act(async () => {
    for (const fn of idleQueue.splice(0)) fn();
  });
}

describe('新增’s form drawn ahead while the list is shown (issue 17)', () => {
  const forms = () => [...document.querySelectorAll<HTMLElement>('[data-testid="probe-new"]')];
  const shownForms = () =>
    forms().filter((f) => f.closest('.ant-drawer')?.classList.contains('ant-drawer-open'));

  it('is drawn once the list is idle, hidden; 新增 shows it without drawing it again', async () => {
    await act(async () => navigate('/consultations'));
    await mount(<NewPage />);
    expect(forms()).toHaveLength(0);
    await idleTime();
    await until(() => forms().length === 1);
    expect(shownForms()).toHaveLength(0);
    const before = drawn.form;
    await act(async () => navigate('/consultations/new'));
    await until(() => shownForms().length === 1);
    expect(drawn.form).toBe(before);
  });

  it('its drawer is there, empty, with the list: the form drawn ahead goes into it, not with it', async () => {
    await act(async () => navigate('/consultations'));
    await mount(<NewPage />);
    // antd's drawer draws its panel in a layout effect, a synchronous render: mounted with the
    // form, the whole form was drawn in that one long task instead of the transition's slices.
    const drawers = () => [...document.querySelectorAll('.ant-drawer')];
    await until(() => drawers().length === 1);
    const drawer = drawers()[0];
    expect(forms()).toHaveLength(0);
    await idleTime();
    await until(() => forms().length === 1);
    expect(forms()[0]?.closest('.ant-drawer')).toBe(drawer);
  });

  it('a form that was shown is not shown again: the next 新增 has a fresh one', async () => {
    await act(async () => navigate('/consultations'));
    await mount(<NewPage />);
    expect(forms()).toHaveLength(0);
    await idleTime();
    await until(() => forms().length === 1);
    await act(async () => navigate('/consultations/new'));
    const first = forms()[0]?.dataset.instance;
    await act(async () => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="probe-input"]');
      if (!input) throw new Error('no input');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      set?.call(input, '测试输入');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(document.querySelector<HTMLInputElement>('[data-testid="probe-input"]')?.value).toBe('测试输入');
    // Back to the list (as Esc, after 放弃修改): the form drawn next is another, empty one.
    await act(async () => navigate('/consultations'));
    await idleTime();
    await until(() => forms().length === 1 && forms()[0]?.dataset.instance !== first);
    await act(async () => navigate('/consultations/new'));
    await until(() => shownForms().length === 1);
    expect(document.querySelector<HTMLInputElement>('[data-testid="probe-input"]')?.value).toBe('');
  });

  it('after a 新增 opened before the window was idle, back on the list: drawn ahead then', async () => {
    await act(async () => navigate('/consultations/new'));
    await mount(<NewPage />);
    await until(() => shownForms().length === 1);
    await act(async () => navigate('/consultations'));
    await idleTime();
    await until(() => forms().length === 1 && shownForms().length === 0);
  });

  it('is not kept while a record is open (its drawer has its own form)', async () => {
    await act(async () => navigate('/consultations'));
    await mount(<NewPage />);
    expect(forms()).toHaveLength(0);
    await idleTime();
    await until(() => forms().length === 1);
    await act(async () => navigate('/consultations/r1'));
    await until(() => document.querySelector('[data-testid="probe-detail"]') !== null);
    expect(forms()).toHaveLength(0);
    await act(async () => navigate('/consultations/r1/edit'));
    await until(() => shownForms().length === 1);
    expect(forms()).toHaveLength(1);
  });
});
