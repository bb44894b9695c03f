import { extractStyle } from '@ant-design/static-style-extract';
import { ConfigProvider } from 'antd';
import { createElement } from 'react';
import { BUILD_THEME } from '../renderer/app/theme';

/**
 * Every antd component's styles with the app's theme, as one CSS text (issue 17): what antd would
 * otherwise generate in the window, component by component, the first time each is drawn. All
 * components, not only those the app imports: antd draws some inside others (Pagination and
 * Dropdown in a table, Popover under Popconfirm), and a component left out would show unstyled.
 */
export function antdStaticCss(): string {
  const previous = process.env.NODE_ENV;
  // antd's development build names its classes differently ("css-dev-only-…") and warns about
  // deprecated components while rendering each one; the production names are the ones the app uses.
  process.env.NODE_ENV = 'production';
  try {
    return extractStyle({
      customTheme: (node) => createElement(ConfigProvider, { theme: BUILD_THEME }, node),
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
