import {
  AuditOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SettingOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MethodName } from '../../../electron/core/contract';

export interface MenuLeaf {
  path: string;
  label: string;
  /** The method whose permission the screen needs; the menu hides what the role may not use. */
  requires?: MethodName;
  /** Areas of later releases: shown greyed so staff see what is coming, never as empty pages. */
  comingLater?: boolean;
}

export interface MenuGroup {
  key: string;
  label: string;
  icon: ReactNode;
  children: MenuLeaf[];
}

export const HOME: MenuLeaf = { path: '/', label: '工作台' };
export const HOME_ICON = <HomeOutlined />;

export const MENU: MenuGroup[] = [
  {
    key: 'lists',
    label: '一单两库',
    icon: <UnorderedListOutlined />,
    children: [
      { path: '/items', label: '抽查事项清单', requires: 'items.list' },
      { path: '/subjects', label: '检查对象名录库', requires: 'subjects.list' },
      { path: '/inspectors', label: '执法检查人员库', requires: 'inspectors.list' },
      { path: '/experts', label: '专家库', requires: 'experts.list' },
    ],
  },
  {
    key: 'draws',
    label: '双随机抽查',
    icon: <FileSearchOutlined />,
    children: [
      { path: '/plans', label: '年度抽查计划', requires: 'plans.list' },
      { path: '/tasks', label: '抽查任务', requires: 'tasks.list' },
      { path: '/draws', label: '名单抽取', requires: 'tasks.list' },
      { path: '/matches', label: '人员匹配', requires: 'tasks.list' },
    ],
  },
  {
    key: 'publish',
    label: '结果与公示',
    icon: <AuditOutlined />,
    children: [
      { path: '/todo', label: '待办/超期', requires: 'todo.counts' },
      { path: '/results', label: '结果录入', requires: 'results.sheet' },
      { path: '/publication', label: '审核与公示', requires: 'results.sheet' },
      { path: '/follow-ups', label: '后续处置', requires: 'followups.list' },
      { path: '/credit', label: '信用风险分类调整', requires: 'credit.list' },
      { path: '/codes/verify', label: '检查码核验', requires: 'codes.verify' },
      { path: '/cases', label: '个案登记', requires: 'cases.list' },
    ],
  },
  {
    key: 'reports',
    label: '报表统计',
    icon: <BarChartOutlined />,
    children: [
      { path: '/reports/monthly', label: '月报表', requires: 'reports.monthly' },
      { path: '/reports/submissions', label: '报送情况', requires: 'reports.submissions' },
      { path: '/statistics', label: '统计分析', requires: 'stats.dashboard' },
    ],
  },
  {
    key: 'system',
    label: '系统管理',
    icon: <SettingOutlined />,
    children: [
      { path: '/users', label: '用户管理', requires: 'users.list' },
      { path: '/departments', label: '部门管理', requires: 'departments.create' },
      { path: '/settings', label: '系统设置', requires: 'settings.list' },
      // Upkeep of the calendar: shown to those who may change it (anyone may still open it and count workdays).
      { path: '/calendar', label: '工作日历', requires: 'calendar.setDay' },
      { path: '/audit', label: '审计日志', requires: 'audit.list' },
    ],
  },
];
