import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../shared/ipc';

/** Menu labels per UI language; zh-CN is the default (the officers' language). */
const LABELS = {
  'zh-CN': {
    file: '文件(&F)',
    openDocs: '打开说明文档文件夹',
    quit: '退出',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    reload: '重新加载',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    devTools: '开发者工具',
    help: '帮助(&H)',
    about: '关于公开台账',
  },
  en: {
    file: '&File',
    openDocs: 'Open Documentation Folder',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    devTools: 'Developer Tools',
    help: '&Help',
    about: 'About Disclosure Desk',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export interface MenuActions {
  openDocs(): void;
  about(): void;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

/** The application menu in the UI language; pure so it is tested without Electron. */
export function menuTemplate(language: UiLanguage, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  const view: MenuItemConstructorOptions[] = [
    { label: t.reload, role: 'reload' },
    { type: 'separator' },
    { label: t.resetZoom, role: 'resetZoom' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { type: 'separator' },
    { label: t.fullScreen, role: 'togglefullscreen' },
  ];
  if (actions.devTools) view.push({ label: t.devTools, role: 'toggleDevTools' });
  return [
    {
      label: t.file,
      submenu: [
        { label: t.openDocs, click: () => actions.openDocs() },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.help,
      submenu: [
        { label: t.openDocs, click: () => actions.openDocs() },
        { label: t.about, click: () => actions.about() },
      ],
    },
  ];
}
