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
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';

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
  component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: RouteDef[] = [
  {
    path: 'deadline-calculator',
    labelKey: 'clock:nav.calculator',
    group: 'tools',
    order: 10,
    icon: <CalculatorOutlined />,
    component: lazy(() => import('../features/deadlines/DeadlineCalculatorPage')),
  },
  {
    path: 'calendar',
    labelKey: 'clock:nav.calendar',
    group: 'system',
    order: 85,
    icon: <CalendarOutlined />,
    component: lazy(() => import('../features/calendar/CalendarPage')),
  },
  {
    path: 'publications',
    labelKey: 'common:nav.publications',
    group: 'registers',
    order: 10,
    icon: <FileTextOutlined />,
    component: lazy(() => import('../features/publications/PublicationsPage')),
  },
  {
    path: 'requests',
    labelKey: 'common:nav.requests',
    group: 'registers',
    order: 20,
    icon: <InboxOutlined />,
    component: lazy(() => import('../features/requests/RequestsPage')),
  },
  {
    path: 'consultations',
    labelKey: 'common:nav.consultations',
    group: 'registers',
    order: 30,
    icon: <PhoneOutlined />,
    component: lazy(() => import('../features/consultations/ConsultationsPage')),
  },
  {
    path: 'appeals',
    labelKey: 'common:nav.appeals',
    group: 'registers',
    order: 40,
    icon: <AuditOutlined />,
    component: lazy(() => import('../features/appeals/AppealsPage')),
  },
  {
    path: 'catalogue',
    labelKey: 'catalogue:nav',
    group: 'tools',
    order: 50,
    icon: <OrderedListOutlined />,
    component: lazy(() => import('../features/catalogue/CataloguePage')),
  },
  {
    path: 'trash',
    labelKey: 'common:nav.trash',
    group: 'system',
    order: 80,
    icon: <DeleteOutlined />,
    component: lazy(() => import('../features/trash/TrashPage')),
  },
  {
    path: 'settings',
    labelKey: 'common:nav.settings',
    group: 'system',
    order: 90,
    icon: <SettingOutlined />,
    component: lazy(() => import('../features/settings/SettingsPage')),
  },
  {
    path: 'dashboard',
    labelKey: 'dashboard:nav',
    group: 'work',
    order: 0,
    icon: <DashboardOutlined />,
    component: lazy(() => import('../features/dashboard/DashboardPage')),
  },
  {
    path: 'import',
    labelKey: 'import:nav',
    group: 'tools',
    order: 60,
    icon: <ImportOutlined />,
    component: lazy(() => import('../features/import/ImportPage')),
  },
  {
    path: 'backup',
    labelKey: 'backup:nav',
    group: 'system',
    order: 70,
    icon: <SafetyCertificateOutlined />,
    component: lazy(() => import('../features/backup/BackupPage')),
  },
  {
    path: 'report',
    labelKey: 'report:nav',
    group: 'work',
    order: 20,
    icon: <FileTextOutlined />,
    component: lazy(() => import('../features/report/ReportPage')),
  },
  {
    path: 'first-run',
    labelKey: 'firstRun:nav.firstRun',
    group: 'system',
    order: 95,
    icon: <RocketOutlined />,
    component: lazy(() => import('../features/first-run/FirstRunPage')),
  },
  {
    path: 'letters',
    labelKey: 'letters:register.nav',
    group: 'registers',
    order: 25,
    icon: <MailOutlined />,
    component: lazy(() => import('../features/letters/LettersRegisterPage')),
  },
  {
    path: 'report-check',
    labelKey: 'reportCheck:nav',
    group: 'tools',
    order: 55,
    icon: <FileSearchOutlined />,
    component: lazy(() => import('../features/report-check/ReportCheckPage')),
  },
];

/** The first screen: the dashboard once it exists, else the first register. */
export function homePath(): string {
  return ROUTES.find((r) => r.path === 'dashboard')?.path ?? 'publications';
}
