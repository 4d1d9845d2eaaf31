import { Button } from 'antd';
import { useSession } from '../../app/session';
import { AuthCard } from '../../components/AuthCard';
import { ChangePasswordForm } from './ChangePasswordForm';

/** An account created or reset by an administrator must choose its own password before anything else. */
export function ForcedPasswordChange() {
  const { session, refresh, logout } = useSession();
  return (
    <AuthCard
      title="首次登录请修改密码"
      subtitle={`${session.user.displayName}，您的密码由管理员设置，请改为只有您知道的密码。`}
    >
      <ChangePasswordForm onDone={refresh} />
      <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
        退出登录
      </Button>
    </AuthCard>
  );
}
