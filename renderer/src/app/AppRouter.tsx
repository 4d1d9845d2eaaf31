import { Result } from 'antd';
import type { ReactNode } from 'react';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import type { MethodName } from '../../../electron/core/contract';
import { AuditPage } from '../features/audit/AuditPage';
import { DepartmentsPage } from '../features/departments/DepartmentsPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SubjectsPage } from '../features/subjects/SubjectsPage';
import { ExpertsPage } from '../features/inspectors/ExpertsPage';
import { InspectorsPage } from '../features/inspectors/InspectorsPage';
import { ItemsPage } from '../features/items/ItemsPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppLayout } from './AppLayout';
import { useSession } from './session';

/** A screen the role may not use answers with a refusal, whatever address was typed. */
function Guard({ requires, children }: { requires: MethodName; children: ReactNode }) {
  const { can } = useSession();
  if (!can(requires))
    return <Result status="403" title="无权访问" subTitle="当前账户无权使用此功能。如需权限，请联系系统管理员。" />;
  return children;
}

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'users',
        element: (
          <Guard requires="users.list">
            <UsersPage />
          </Guard>
        ),
      },
      {
        path: 'departments',
        element: (
          <Guard requires="departments.create">
            <DepartmentsPage />
          </Guard>
        ),
      },
      {
        path: 'settings',
        element: (
          <Guard requires="settings.list">
            <SettingsPage />
          </Guard>
        ),
      },
      {
        path: 'items',
        element: (
          <Guard requires="items.list">
            <ItemsPage />
          </Guard>
        ),
      },
      {
        path: 'subjects',
        element: (
          <Guard requires="subjects.list">
            <SubjectsPage />
          </Guard>
        ),
      },
      {
        path: 'inspectors',
        element: (
          <Guard requires="inspectors.list">
            <InspectorsPage />
          </Guard>
        ),
      },
      {
        path: 'experts',
        element: (
          <Guard requires="experts.list">
            <ExpertsPage />
          </Guard>
        ),
      },
      {
        path: 'audit',
        element: (
          <Guard requires="audit.list">
            <AuditPage />
          </Guard>
        ),
      },
      { path: '*', element: <Result status="404" title="页面不存在" subTitle="请从左侧菜单选择功能。" /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
