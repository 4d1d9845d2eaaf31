import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Layout, Menu, Modal, Space, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../../electron/core/roles.shared';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard';
import { confirmDiscard, hasUnsavedChanges } from '../components/unsavedChanges';
import { TodoBadge } from '../features/todo/TodoBadge';
import { HOME, HOME_ICON, MENU, type MenuLeaf } from './menu';
import { useSession } from './session';

type MenuItem = Required<MenuProps>['items'][number];

/** antd's `xl` breakpoint: the width under which the side menu folds by itself. */
const FOLD_MENU_BELOW = 1200;

function leafItem(leaf: MenuLeaf): MenuItem {
  if (!leaf.comingLater)
    return { key: leaf.path, label: <span data-testid={`menu-${leaf.path.slice(1)}`}>{leaf.label}</span> };
  return {
    key: leaf.path,
    disabled: true,
    label: (
      <Tooltip title="后续版本提供" placement="right">
        <span>{leaf.label}</span>
      </Tooltip>
    ),
  };
}

export function AppLayout() {
  const { session, officeName, can, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);
  // Below 1200 px (a 1024×600 netbook, a half screen) the menu folds to its icons, leaving the width to the tables.
  const [menuFolded, setMenuFolded] = useState(() => window.innerWidth < FOLD_MENU_BELOW);
  const { modal } = App.useApp();
  // Logging out leaves the page as a menu entry does: typed changes are asked about first.
  const leave = async () => {
    if (!hasUnsavedChanges() || (await confirmDiscard(modal).answer)) await logout();
  };

  const items: MenuItem[] = [
    { key: HOME.path, icon: HOME_ICON, label: <span data-testid="menu-home">{HOME.label}</span> },
    ...MENU.map((group) => ({
      key: group.key,
      icon: group.icon,
      label: group.label,
      children: group.children.filter((leaf) => !leaf.requires || can(leaf.requires)).map(leafItem),
    })).filter((group) => group.children.length > 0),
  ];

  const userMenu: MenuProps['items'] = [
    { key: 'password', label: '修改密码', onClick: () => setChangingPassword(true) },
    { type: 'divider' },
    { key: 'logout', label: <span data-testid="logout">退出登录</span>, onClick: () => void leave() },
  ];

  return (
    <Layout style={{ height: '100vh' }}>
      <UnsavedChangesGuard />
      <Layout.Sider
        width={220}
        breakpoint="xl"
        collapsedWidth={64}
        collapsible
        collapsed={menuFolded}
        onCollapse={setMenuFolded}
        style={{ overflow: 'auto' }}
        data-testid="side-menu"
      >
        <div className={menuFolded ? 'app-brand folded' : 'app-brand'} title="双随机、一公开监管工作系统">
          {menuFolded ? '双随机' : '双随机、一公开'}
        </div>
        <Menu
          // Folded, the groups open as pop-ups on hover: a group left open from the unfolded menu would pop up
          // by itself over the page, so the menu starts afresh when it folds or unfolds.
          key={menuFolded ? 'folded' : 'unfolded'}
          theme="dark"
          mode="inline"
          selectedKeys={[location.pathname]}
          defaultOpenKeys={
            menuFolded
              ? []
              : [
                  'system',
                  ...MENU.filter((g) => g.children.some((c) => c.path === location.pathname)).map((g) => g.key),
                ]
          }
          items={items}
          onClick={({ key }) => navigate(key)}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout style={{ overflow: 'auto' }}>
        <Layout.Header className="app-header">
          <Typography.Text strong data-testid="office-name">
            {officeName}
          </Typography.Text>
          <Space size="middle">
            {can('todo.counts') && <TodoBadge />}
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <Button type="text" data-testid="user-menu">
                <Space>
                  <UserOutlined />
                  {session.user.displayName}
                  <Tag>{ROLE_LABELS[session.user.role]}</Tag>
                  <DownOutlined />
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content>
          <div className="page-content">
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
      <Modal
        title="修改密码"
        open={changingPassword}
        onCancel={() => setChangingPassword(false)}
        footer={null}
        destroyOnHidden
      >
        <ChangePasswordForm
          onDone={() => {
            setChangingPassword(false);
            Modal.success({ title: '密码已修改', content: '下次登录请使用新密码。' });
          }}
        />
      </Modal>
    </Layout>
  );
}
