import {
  AuditOutlined,
  DeleteOutlined,
  FileTextOutlined,
  InboxOutlined,
  PhoneOutlined,
  SettingOutlined,
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
];

/** The first screen: the dashboard once it exists, else the first register. */
export function homePath(): string {
  return ROUTES.find((r) => r.path === 'dashboard')?.path ?? 'publications';
}
