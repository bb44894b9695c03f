import {
  AuditOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  DeleteOutlined,
  FileTextOutlined,
  InboxOutlined,
  MailOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  SettingOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  RocketOutlined,
} from '@ant-design/icons';
import { Spin } from 'antd';
import { type ComponentType, type ReactNode, startTransition, useEffect, useState } from 'react';
import type { AppSettings } from '../../shared/model/settings';
import { whenIdle } from './idle';
import { todayLocal } from './session';

/** A page's module. */
export interface PageModule {
  default: ComponentType;
}

/**
 * A page's first reads, in a module of their own (no components): a start opening on the page
 * begins them before the app's first render (`prefetchPage`), and its hooks then draw them at once.
 */
export interface PageReads {
  /** `query`: the address's parameters (a list's filter, the dashboard's chart year). */
  prefetch: (settings: AppSettings, today: string, query: URLSearchParams) => Promise<void>;
  /**
   * Small enough to read in idle time after the start (a list's first page and count): the page's
   * first visit from the menu is then drawn with its rows (preloadRoutesWhenIdle).
   */
  whenIdle?: boolean;
  /**
   * Read in idle time too when this says so (the requests list, every year's: only while the
   * register is a bureau's size — a county's 20,000 requests read then held up the clicks that came
   * during it). Its first visit still reads before it is drawn, and finds the kept read at once.
   */
  idleReadAhead?: () => Promise<boolean>;
  /**
   * The page's own read in idle time after the start, instead of `prefetch` (the dashboard: its
   * window of years and then its figures, each in an idle moment, only at a bureau's size).
   */
  idleRead?: () => Promise<void>;
  /**
   * True when the page's first reads for this address are in memory already (read ahead in idle
   * time, no write since): its first visit is then drawn at once, in one render with its rows,
   * rather than a spinner while the reads are asked again and the page a task later (issue 17).
   */
  keptFor?: (query: URLSearchParams) => boolean;
}

/** A route's page: its code, loaded on first use, and `preload` to fetch it ahead of that. */
export interface PageComponent {
  preload: () => Promise<PageModule>;
  /** The page's component once its code is in; null before. */
  loaded: () => ComponentType | null;
  /** Its first reads' module, if it has one. */
  reads?: () => Promise<PageReads>;
  /** That module once it is in; null before (or without one). */
  readsLoaded: () => PageReads | null;
}

/**
 * A route's page, loaded on first use; `preload` starts the same import early. run.tsx calls it for
 * the route being opened while the database opens (issue 17: the page's chunk was fetched only
 * after the app's first render, one round trip and compile later), and idle time fetches the rest.
 * Rendered by RoutePage, not React.lazy: a lazy page suspends on its first render even when its import
 * has long resolved, and a route change (a synchronous update) then shows the Suspense fallback,
 * which React 19 keeps on screen for at least 300 ms before the page replaces it
 * (FALLBACK_THROTTLE_MS) — most of a first visit's time. A failed import is forgotten, so "retry"
 * on the page's error boundary imports again.
 */
export function page(load: () => Promise<PageModule>, reads?: () => Promise<PageReads>): PageComponent {
  let loading: Promise<PageModule> | null = null;
  let loaded: ComponentType | null = null;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  };
  let readsModule: PageReads | null = null;
  const loadReads = reads
    ? () =>
        reads().then((module) => {
          readsModule = module;
          return module;
        })
    : undefined;
  return { preload, loaded: () => loaded, reads: loadReads, readsLoaded: () => readsModule };
}

/**
 * A route's page on screen: at once when its code is in; otherwise a spinner (plain state, no
 * Suspense) until it is. A failed import is thrown to the page's error boundary.
 */
export function RoutePage({ page: route }: { page: PageComponent }) {
  const [state, setState] = useState<{ page: ComponentType | null; error: unknown }>(() => ({
    page: firstReads.has(route) ? null : route.loaded(),
    error: null,
  }));
  useEffect(() => {
    if (state.page || state.error) return;
    let live = true;
    // The start's first reads of this page, if under way (prefetchRoute): the page is drawn once
    // they are in, with its figures, rather than drawn twice.
    const reads = firstReads.get(route);
    // The start's page drawn after its slow first reads (a county's years): in a transition, in
    // slices (render-root.ts), as the app's first render — at county scale one task of ≈220 ms.
    const inSlices = route === startPage;
    Promise.all([route.preload(), reads]).then(
      ([module]) => {
        if (!live) return;
        const show = () => setState({ page: module.default, error: null });
        if (inSlices) startTransition(show);
        else show();
      },
      (error: unknown) => live && setState({ page: null, error }),
    );
    return () => {
      live = false;
    };
  }, [route, state]);
  if (state.error) throw state.error;
  const Loaded = state.page;
  if (Loaded) drawn.add(route);
  return Loaded ? <Loaded /> : <Spin />;
}

/**
 * Every page of the app. Each feature adds one entry here; the menu and the router are derived from
 * this list. `labelKey` is an i18n key ('ns:key'); `group` places it in the menu; `order` sorts.
 */
export interface RouteDef {
  path: string;
  labelKey: string;
  group: 'work' | 'registers' | 'tools' | 'system';
  order: number;
  icon: ReactNode;
  component: PageComponent;
}

export const ROUTES: RouteDef[] = [
  {
    path: 'deadline-calculator',
    labelKey: 'clock:nav.calculator',
    group: 'tools',
    order: 10,
    icon: <CalculatorOutlined />,
    component: page(() => import('../features/deadlines/DeadlineCalculatorPage')),
  },
  {
    path: 'calendar',
    labelKey: 'clock:nav.calendar',
    group: 'system',
    order: 85,
    icon: <CalendarOutlined />,
    component: page(
      () => import('../features/calendar/CalendarPage'),
      () => import('../features/calendar/calendar-reads'),
    ),
  },
  {
    path: 'publications',
    labelKey: 'common:nav.publications',
    group: 'registers',
    order: 10,
    icon: <FileTextOutlined />,
    component: page(
      () => import('../features/publications/PublicationsPage'),
      () => import('../features/publications/publication-reads'),
    ),
  },
  {
    path: 'requests',
    labelKey: 'common:nav.requests',
    group: 'registers',
    order: 20,
    icon: <InboxOutlined />,
    component: page(
      () => import('../features/requests/RequestsPage'),
      () => import('../features/requests/request-reads'),
    ),
  },
  {
    path: 'consultations',
    labelKey: 'common:nav.consultations',
    group: 'registers',
    order: 30,
    icon: <PhoneOutlined />,
    component: page(
      () => import('../features/consultations/ConsultationsPage'),
      () => import('../features/consultations/consultation-reads'),
    ),
  },
  {
    path: 'appeals',
    labelKey: 'common:nav.appeals',
    group: 'registers',
    order: 40,
    icon: <AuditOutlined />,
    component: page(
      () => import('../features/appeals/AppealsPage'),
      () => import('../features/appeals/appeal-reads'),
    ),
  },
  {
    path: 'catalogue',
    labelKey: 'catalogue:nav',
    group: 'tools',
    order: 50,
    icon: <OrderedListOutlined />,
    component: page(
      () => import('../features/catalogue/CataloguePage'),
      () => import('../features/catalogue/catalogue-reads'),
    ),
  },
  {
    path: 'trash',
    labelKey: 'common:nav.trash',
    group: 'system',
    order: 80,
    icon: <DeleteOutlined />,
    component: page(() => import('../features/trash/TrashPage')),
  },
  {
    path: 'settings',
    labelKey: 'common:nav.settings',
    group: 'system',
    order: 90,
    icon: <SettingOutlined />,
    component: page(() => import('../features/settings/SettingsPage')),
  },
  {
    path: 'dashboard',
    labelKey: 'dashboard:nav',
    group: 'work',
    order: 0,
    icon: <DashboardOutlined />,
    component: page(
      () => import('../features/dashboard/DashboardPage'),
      () => import('../features/dashboard/dashboard-reads'),
    ),
  },
  {
    path: 'import',
    labelKey: 'import:nav',
    group: 'tools',
    order: 60,
    icon: <ImportOutlined />,
    component: page(() => import('../features/import/ImportPage')),
  },
  {
    path: 'backup',
    labelKey: 'backup:nav',
    group: 'system',
    order: 70,
    icon: <SafetyCertificateOutlined />,
    component: page(() => import('../features/backup/BackupPage')),
  },
  {
    path: 'report',
    labelKey: 'report:nav',
    group: 'work',
    order: 20,
    icon: <FileTextOutlined />,
    component: page(
      () => import('../features/report/ReportPage'),
      () => import('../features/report/report-reads'),
    ),
  },
  {
    path: 'first-run',
    labelKey: 'firstRun:nav.firstRun',
    group: 'system',
    order: 95,
    icon: <RocketOutlined />,
    component: page(() => import('../features/first-run/FirstRunPage')),
  },
  {
    path: 'letters',
    labelKey: 'letters:register.nav',
    group: 'registers',
    order: 25,
    icon: <MailOutlined />,
    component: page(() => import('../features/letters/LettersRegisterPage')),
  },
  {
    path: 'report-check',
    labelKey: 'reportCheck:nav',
    group: 'tools',
    order: 55,
    icon: <FileSearchOutlined />,
    component: page(() => import('../features/report-check/ReportCheckPage')),
  },
];

/** Starts loading the code of the page at `path` (e.g. the route a start opens on). */
export function preloadRoute(path: string): void {
  void ROUTES.find((r) => r.path === path)
    ?.component.preload()
    .catch(() => undefined);
}

/**
 * How long a page waits for the start's first reads before it is drawn anyway (a county's years):
 * until they are in, the dashboard would draw only its spinner. On the bench machine the bureau's
 * reads took 0.2–0.4 s of a start.
 */
const FIRST_READS_WAIT_MS = 1500;

/** The start's first reads per page, under way (prefetchRoute), each ending by FIRST_READS_WAIT_MS. */
const firstReads = new Map<PageComponent, Promise<void>>();

/**
 * Begins the first reads of the page at `path` (its reads module's `prefetch`), before the app's
 * first render: run.tsx waits for them a little, and the page (RoutePage) until they are in, so it
 * is drawn with its figures in its first render rather than a spinner and then the figures in a
 * second (issue 17). Resolves when they are in or after FIRST_READS_WAIT_MS; never fails (a failed
 * read is read again by the page).
 */
export function prefetchRoute(path: string, settings: AppSettings): Promise<void> {
  const route = ROUTES.find((r) => r.path === path);
  return route ? prefetchStartPage(route.component, settings) : Promise.resolve();
}

/** prefetchRoute for one page, the one the start opens on. */
export function prefetchStartPage(component: PageComponent, settings: AppSettings): Promise<void> {
  startPage = component;
  return prefetchPage(component, settings);
}

/** The page the start opened on (prefetchRoute), drawn in a transition when its reads come in late. */
let startPage: PageComponent | null = null;

/** prefetchRoute for one page; its RoutePage waits for the reads at most `waitMs`. */
export function prefetchPage(
  component: PageComponent,
  settings: AppSettings,
  waitMs = FIRST_READS_WAIT_MS,
  query = new URLSearchParams(window.location.hash.split('?')[1] ?? ''),
): Promise<void> {
  if (!component.reads) return Promise.resolve();
  const load = component.reads;
  const reads = (async () => {
    try {
      await (await load()).prefetch(settings, todayLocal(), query);
    } catch (err) {
      console.warn('reading a page ahead of its drawing failed', err instanceof Error ? err.message : err);
    }
  })();
  const bounded = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  const done = Promise.race([reads, bounded]).finally(() => firstReads.delete(component));
  firstReads.set(component, done);
  return done;
}

/**
 * How long a page's first visit waits for its first reads before it is
 * drawn anyway (a county's years): the bureau's requests list and dashboard read in 50–100 ms here.
 */
const MENU_READS_WAIT_MS = 400;

/** Pages drawn in this window: a later visit draws from its kept reads (use-table-writes.ts). */
const drawn = new WeakSet<PageComponent>();

/**
 * A page's first visit in this window, from the menu or any link (issue 17): its first reads begin
 * as the address changes, before the page is drawn (router.ts `setPageChangeHook`, installed by
 * run.tsx), and the page (RoutePage) is drawn once they are in — one render with its rows, not one
 * without them (the table's loading state: a 58 ms render and its layout for the requests list's
 * first visit here) and a second with them. Not for a page already drawn in this window (it draws
 * from its kept reads), nor for one whose reads idle time reads (`whenIdle`: the lists' first pages),
 * nor while the page's reads are under way. `query`: the new address's parameters.
 */
export function readBeforeFirstVisit(path: string, settings: AppSettings, query?: URLSearchParams): boolean {
  const component = ROUTES.find((r) => r.path === path)?.component;
  return component ? readBeforeVisit(component, settings, query) : false;
}

/** readBeforeFirstVisit for one page; true if its reads were begun. */
export function readBeforeVisit(
  component: PageComponent,
  settings: AppSettings,
  query?: URLSearchParams,
): boolean {
  if (!component.reads || drawn.has(component) || firstReads.has(component)) return false;
  const reads = component.readsLoaded();
  if (reads?.whenIdle) return false;
  const address = query ?? new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  if (reads?.keptFor?.(address)) return false;
  void prefetchPage(component, settings, MENU_READS_WAIT_MS, address);
  return true;
}

/**
 * After the first screen, the code of every other page, one page at a time in idle time (issue 17):
 * a first visit then finds its chunk loaded. Work pages and registers first, in menu order; a page
 * opened meanwhile is loaded on demand as before. `first` runs in the first idle callback (the
 * scrollbar measurement every table would otherwise take on the first page that has one).
 * It begins 200 ms after the first render: an officer's first click often comes within a second of
 * the start, and beginning at 1.5 s left the dashboard's, the publications list's and the requests
 * list's code to load on that click (bureau bench, docs/performance.md, eighth pass: list first open
 * 140 → 99 ms, first visits 181 → 134 ms, the start no slower). A later, idle-only start (5 s, no
 * timeout) was tried earlier and measured no better at 4× CPU.
 */
export function preloadRoutesWhenIdle({
  afterMs = 200,
  first,
  readAhead,
}: {
  afterMs?: number;
  first?: () => void;
  /**
   * Reads a page's first reads as the menu would open it, for pages whose reads say `whenIdle`
   * (a list's first page) or whose `idleReadAhead` agrees: its first visit then draws its rows at
   * once (run.tsx gives the settings).
   */
  readAhead?: (path: string, reads: PageReads) => Promise<void>;
} = {}): void {
  const groups = ['work', 'registers', 'tools', 'system'];
  const queue = [...ROUTES].sort(
    (a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.order - b.order,
  );
  const next = () => {
    const route = queue.shift();
    if (!route) return;
    const { reads } = route.component;
    void route.component
      .preload()
      .then(async () => {
        if (!readAhead || !reads) return;
        const module = await reads();
        if (module.idleRead) await module.idleRead();
        else if (module.whenIdle || (await module.idleReadAhead?.())) await readAhead(route.path, module);
      })
      .catch(() => undefined)
      .finally(() => whenIdle(next));
  };
  setTimeout(
    () =>
      whenIdle(() => {
        try {
          first?.();
        } catch (err) {
          console.warn('idle work after the start failed', err instanceof Error ? err.message : err);
        }
        whenIdle(next);
      }),
    afterMs,
  );
}

/** The registers: the menu opens them on the year being closed (issue 13 item 14). */
const REGISTER_PATHS = new Set(['publications', 'requests', 'consultations', 'appeals']);

/** The address's parameters the menu opens the page at `path` with (`closingYear`: the year being closed, if any). */
export function menuQuery(path: string, closingYear: number | undefined): { year: number } | undefined {
  return closingYear !== undefined && REGISTER_PATHS.has(path) ? { year: closingYear } : undefined;
}

/** The first screen: the dashboard once it exists, else the first register. */
export function homePath(): string {
  return ROUTES.find((r) => r.path === 'dashboard')?.path ?? 'publications';
}
