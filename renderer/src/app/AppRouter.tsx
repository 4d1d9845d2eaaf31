import { Result } from 'antd';
import type { ReactNode } from 'react';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import type { MethodName } from '../../../electron/core/contract';
import { AuditPage } from '../features/audit/AuditPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { CasesPage } from '../features/cases/CasesPage';
import { CodeVerifyPage } from '../features/codes/CodeVerifyPage';
import { CreditPage } from '../features/credit/CreditPage';
import { DepartmentsPage } from '../features/departments/DepartmentsPage';
import { FollowUpsPage } from '../features/followups/FollowUpsPage';
import { HomePage } from '../features/home/HomePage';
import { MonthlyReportPage } from '../features/reports/MonthlyReportPage';
import { SubmissionsPage } from '../features/reports/SubmissionsPage';
import { PublicationPage } from '../features/results/PublicationPage';
import { ResultsPage } from '../features/results/ResultsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { SubjectsPage } from '../features/subjects/SubjectsPage';
import { ExpertsPage } from '../features/inspectors/ExpertsPage';
import { InspectorsPage } from '../features/inspectors/InspectorsPage';
import { ItemsPage } from '../features/items/ItemsPage';
import { PlanDetailPage } from '../features/plans/PlanDetailPage';
import { PlansPage } from '../features/plans/PlansPage';
import { TaskDetailPage } from '../features/tasks/TaskDetailPage';
import { TasksPage } from '../features/tasks/TasksPage';
import { TodoPage } from '../features/todo/TodoPage';
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

/** Every screen behind the menu, with the permission it needs: one table, so no route is left unguarded. */
const SCREENS: { path: string; requires: MethodName; element: ReactNode }[] = [
  { path: 'items', requires: 'items.list', element: <ItemsPage /> },
  { path: 'subjects', requires: 'subjects.list', element: <SubjectsPage /> },
  { path: 'inspectors', requires: 'inspectors.list', element: <InspectorsPage /> },
  { path: 'experts', requires: 'experts.list', element: <ExpertsPage /> },
  { path: 'plans', requires: 'plans.list', element: <PlansPage /> },
  { path: 'plans/:id', requires: 'plans.get', element: <PlanDetailPage /> },
  { path: 'tasks', requires: 'tasks.list', element: <TasksPage view="tasks" /> },
  { path: 'tasks/:id', requires: 'tasks.get', element: <TaskDetailPage /> },
  { path: 'draws', requires: 'tasks.list', element: <TasksPage view="draws" /> },
  { path: 'matches', requires: 'tasks.list', element: <TasksPage view="matches" /> },
  { path: 'todo', requires: 'todo.counts', element: <TodoPage /> },
  { path: 'results', requires: 'results.sheet', element: <ResultsPage /> },
  { path: 'publication', requires: 'results.sheet', element: <PublicationPage /> },
  { path: 'follow-ups', requires: 'followups.list', element: <FollowUpsPage /> },
  { path: 'credit', requires: 'credit.list', element: <CreditPage /> },
  { path: 'reports/monthly', requires: 'reports.monthly', element: <MonthlyReportPage /> },
  { path: 'reports/submissions', requires: 'reports.submissions', element: <SubmissionsPage /> },
  { path: 'statistics', requires: 'stats.dashboard', element: <StatisticsPage /> },
  { path: 'codes/verify', requires: 'codes.verify', element: <CodeVerifyPage /> },
  { path: 'cases', requires: 'cases.list', element: <CasesPage /> },
  { path: 'users', requires: 'users.list', element: <UsersPage /> },
  { path: 'departments', requires: 'departments.create', element: <DepartmentsPage /> },
  { path: 'settings', requires: 'settings.list', element: <SettingsPage /> },
  { path: 'calendar', requires: 'calendar.years', element: <CalendarPage /> },
  { path: 'audit', requires: 'audit.list', element: <AuditPage /> },
];

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      ...SCREENS.map((screen) => ({
        path: screen.path,
        element: <Guard requires={screen.requires}>{screen.element}</Guard>,
      })),
      { path: '*', element: <Result status="404" title="页面不存在" subTitle="请从左侧菜单选择功能。" /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
