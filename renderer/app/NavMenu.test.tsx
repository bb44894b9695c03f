// @vitest-environment jsdom
import { DashboardOutlined, InboxOutlined, SettingOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { antdShape, mountThemed } from '../components/antd-shape';
import { type NavGroup, NavMenu } from './NavMenu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GROUPS: NavGroup[] = [
  { key: 'work', label: '工作', items: [{ key: 'dashboard', label: '工作台', icon: <DashboardOutlined /> }] },
  {
    key: 'registers',
    label: '台账',
    items: [
      { key: 'requests', label: '依申请公开', icon: <InboxOutlined /> },
      { key: 'settings', label: '设置', icon: <SettingOutlined /> },
    ],
  },
];

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const { el, unmount } = await mountThemed(node);
  mounted.push(unmount);
  return el;
}

/** The menu's elements as antd's styles see them: tags, classes, roles and text, in order. */
const shape = (el: Element) => antdShape(el.querySelector('ul.ant-menu-root'));

describe('NavMenu: antd’s inline menu without antd’s Menu (issue 17)', () => {
  it('has the elements, classes and roles antd’s Menu draws for the same pages (its styles apply)', async () => {
    const antd = await render(
      <Menu
        mode="inline"
        selectedKeys={['requests']}
        style={{ borderInlineEnd: 'none' }}
        items={GROUPS.map((g) => ({
          type: 'group' as const,
          key: g.key,
          label: g.label,
          children: g.items.map((i) => ({ key: i.key, icon: i.icon, label: i.label })),
        }))}
      />,
    );
    const ours = await render(<NavMenu groups={GROUPS} selected="requests" onSelect={() => undefined} />);
    expect(shape(ours)).toBe(shape(antd));
    expect(shape(ours)).toContain('ant-menu-item ant-menu-item-selected] role=menuitem');
  });

  it('opens a page by click, and by keyboard: ↓ from the menu to the first page, ↓ ↑ Home End, Enter or Space', async () => {
    const opened: string[] = [];
    const el = await render(
      <NavMenu groups={GROUPS} selected="dashboard" onSelect={(k) => opened.push(k)} />,
    );
    const menu = el.querySelector('ul.ant-menu-root') as HTMLElement;
    const items = [...el.querySelectorAll<HTMLElement>('li[role="menuitem"]')];
    await act(async () => items[2]?.click());
    expect(opened).toEqual(['settings']);
    const key = (k: string) =>
      act(async () => {
        (document.activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true }),
        );
      });
    menu.focus();
    await key('ArrowDown');
    expect(document.activeElement).toBe(items[0]);
    await key('ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    await key('Enter');
    expect(opened).toEqual(['settings', 'requests']);
    await key('End');
    expect(document.activeElement).toBe(items[2]);
    await key('ArrowDown');
    expect(document.activeElement).toBe(items[0]);
    await key('ArrowUp');
    expect(document.activeElement).toBe(items[2]);
    await key('Home');
    await key(' ');
    expect(opened).toEqual(['settings', 'requests', 'dashboard']);
  });
});
