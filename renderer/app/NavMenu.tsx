import {
  cloneElement,
  isValidElement,
  type KeyboardEvent,
  memo,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface NavGroup {
  key: string;
  label: string;
  items: { key: string; label: string; icon: ReactNode }[];
}

/**
 * The app's page menu (issue 17): antd's inline menu as the officer saw it — the same elements and
 * class names, so antd's prebuilt styles (scripts/antd-styles.ts) draw it, hover and focus included —
 * without antd's Menu component, whose first render was about 50 ms of the start's (measured with a
 * build without it, docs/performance.md, twelfth pass): no overflow measuring, motion or popups,
 * which an always-open inline menu of fifteen items never uses. A menu for the keyboard as antd's
 * was: Tab reaches it, ↑/↓ (Home/End) move between the pages, Enter or Space opens one.
 * test/unit/nav-menu.test.tsx compares its elements with antd's Menu's.
 */
export const NavMenu = memo(function NavMenu({
  groups,
  selected,
  onSelect,
}: {
  groups: readonly NavGroup[];
  /** The open page's key (its item is shown selected). */
  selected: string;
  onSelect: (key: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('li[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      event.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    // As antd's: from the menu itself, ↓ goes to the first page and ↑ to the last.
    if (event.key === 'ArrowDown') move(at < 0 ? 0 : at + 1);
    else if (event.key === 'ArrowUp') move(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if ((event.key === 'Enter' || event.key === ' ') && at >= 0) {
      event.preventDefault();
      const key = items[at]?.dataset.key;
      if (key) onSelect(key);
    }
  };
  return (
    <ul
      className="ant-menu ant-menu-root ant-menu-inline ant-menu-light css-var-desk ant-menu-css-var"
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: antd's menu markup (role="menu"), kept for its styles and for screen readers as before.
      role="menu"
      tabIndex={0}
      style={{ borderInlineEnd: 'none' }}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => (
        <li key={group.key} role="presentation" className="ant-menu-item-group">
          <div role="presentation" className="ant-menu-item-group-title" title={group.label}>
            {group.label}
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: antd's group markup. */}
          <ul role="group" className="ant-menu-item-group-list">
            {group.items.map((item) => (
              <li
                key={item.key}
                data-key={item.key}
                className={item.key === selected ? 'ant-menu-item ant-menu-item-selected' : 'ant-menu-item'}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: antd's item markup (role="menuitem").
                role="menuitem"
                tabIndex={-1}
                style={{ paddingLeft: 24 }}
                onClick={() => onSelect(item.key)}
              >
                {isValidElement(item.icon)
                  ? cloneElement(item.icon as ReactElement<{ className?: string }>, {
                      className: 'ant-menu-item-icon',
                    })
                  : item.icon}
                <span className="ant-menu-title-content">{item.label}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
});
