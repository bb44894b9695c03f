import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider, Layout, Select, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/database';
import { saveSettings } from '../db/repositories/settings';
import { useOpenYear } from '../components/open-year';
import { BackupAgeBadge } from '../features/backup/BackupAgeBadge';
import { AfterFirstPaint } from '../components/AfterFirstPaint';
import { NewerDataBanner } from '../features/backup/NewerDataBanner';
import { SettingsProblemBanner } from '../features/settings/SettingsProblem';
import { platform } from '../platform';
import { ErrorBoundary } from './ErrorBoundary';
import { NavMenu } from './NavMenu';
import { homePath, menuQuery, ROUTES, RoutePage } from './routes';
import { navigate, usePagePath } from './router';
import { useSettings, writeContext } from './session';
import { APP_STYLE_CACHE } from './style-cache';
import { THEME } from './theme';

/**
 * The start's retention run, the day's automatic backup and the backup on quit (automation.ts): its
 * code — the backup writer, the anonymisation, the retention checks — is loaded once the first
 * screen is painted, not before it (issue 17); its jobs wait seconds after the start anyway.
 */
const BackupAutomation = lazy(() =>
  import('../features/backup/automation').then((m) => ({ default: m.BackupAutomation })),
);

const GROUPS = ['work', 'registers', 'tools', 'system'] as const;

export function App() {
  const { t, i18n } = useTranslation('common');
  const settings = useSettings();
  // The page, not the whole location: a filter or a record's drawer re-renders the page alone.
  const current = usePagePath() || homePath();
  const route = ROUTES.find((r) => r.path === current);
  const openYear = useOpenYear();

  useEffect(() => {
    if (i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
    dayjs.locale(settings.language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = settings.language;
    document.title = t('app.title');
    // The Electron menu follows the UI language (a no-op in browser mode).
    void platform.appSetLanguage({ language: settings.language });
  }, [settings.language, i18n, t]);

  const groups = useMemo(
    () =>
      GROUPS.map((g) => ({
        key: g,
        label: t(`nav.group.${g}`),
        items: ROUTES.filter((r) => r.group === g)
          .sort((a, b) => a.order - b.order)
          .map((r) => ({ key: r.path, icon: r.icon, label: t(r.labelKey) })),
      })).filter((g) => g.items.length > 0),
    [t],
  );
  // A register opens on the year still being closed (issue 13 item 14); one click away from the
  // other year in its filter bar.
  const closingYear = openYear?.closing ? openYear.year : undefined;
  const onSelect = useCallback(
    (key: string) => navigate(`/${key}`, menuQuery(key, closingYear)),
    [closingYear],
  );

  // Another page starts at its top: the window's scroll was the page left's (a record opened from
  // the foot of 年度报告, or a link low on 工作台, showed the next page scrolled down; the browser's
  // back and forward restore each entry's own). A record's drawer or a filter keeps the page, and its scroll.
  const pageShown = useRef(current);
  useLayoutEffect(() => {
    if (pageShown.current === current) return;
    pageShown.current = current;
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [current]);

  const Page = route?.component;
  // The page is drawn again by its own updates, not by the shell's (the open year or the settings
  // arriving, the language select): the same element, so React leaves the page alone (issue 17).
  const pageElement = useMemo(
    () => (
      <ErrorBoundary key={current}>
        <Suspense fallback={<Spin />}>
          {Page ? <RoutePage page={Page} /> : <Typography.Text>{t('app.notFound')}</Typography.Text>}
        </Suspense>
      </ErrorBoundary>
    ),
    [current, Page, t],
  );
  return (
    <StyleProvider cache={APP_STYLE_CACHE}>
      <ConfigProvider locale={settings.language === 'zh-CN' ? zhCN : enUS} theme={THEME}>
        <AntApp>
          <AfterFirstPaint>
            <Suspense fallback={null}>
              <BackupAutomation />
            </Suspense>
          </AfterFirstPaint>
          <Layout style={{ minHeight: '100vh' }}>
            {/* Kept in view: a long page (设置, 年度报告) scrolled to its foot still has the menu beside it. */}
            <Layout.Sider
              width={210}
              theme="light"
              style={{
                borderRight: '1px solid #f0f0f0',
                position: 'sticky',
                top: 0,
                height: '100vh',
                overflowY: 'auto',
              }}
            >
              <div style={{ padding: '16px 20px', borderBottom: '1px solid #f0f0f0' }}>
                <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
                  {t('app.name')}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {settings.profile.agencyName || t('app.noAgency')}
                </Typography.Text>
              </div>
              <NavMenu groups={groups} selected={current} onSelect={onSelect} />
            </Layout.Sider>
            <Layout>
              <Layout.Header
                style={{
                  background: '#fff',
                  borderBottom: '1px solid #f0f0f0',
                  padding: '0 24px',
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'space-between',
                }}
              >
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
                  {route ? t(route.labelKey) : t('app.notFound')}
                </Typography.Title>
                <Space size="middle">
                  <BackupAgeBadge compact />
                  <Select
                    aria-label={t('language.label')}
                    data-testid="language-select"
                    value={settings.language}
                    style={{ width: 120 }}
                    options={[
                      { value: 'zh-CN', label: '简体中文' },
                      { value: 'en', label: 'English' },
                    ]}
                    onChange={(language) => void saveSettings(db, { language }, writeContext(settings))}
                  />
                </Space>
              </Layout.Header>
              <Layout.Content style={{ padding: 24 }}>
                <NewerDataBanner />
                <SettingsProblemBanner />
                {pageElement}
              </Layout.Content>
            </Layout>
          </Layout>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>
  );
}
