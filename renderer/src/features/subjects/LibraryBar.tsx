import { App, Button, Checkbox, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import type { SubjectFilter } from '../../../../electron/core/subjects/schemas';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { spansDepartments } from '../../../../electron/core/auth/roles-scope.shared';

/** 子库: pick a saved filter (the department's, or the shared common-supervision ones), or save the current one. */
export function LibraryBar({
  filter,
  onApply,
}: {
  filter: SubjectFilter;
  onApply: (filter: SubjectFilter | null) => void;
}) {
  const { message } = App.useApp();
  const { can, session } = useSession();
  const libraries = useCall('libraries.list', {});
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const mayShare = spansDepartments(session.user.role);

  const save = async () => {
    try {
      await call('libraries.save', { name, filter, shared });
      message.success('已保存为子库');
      setSaving(false);
      setName('');
      libraries.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Space style={{ marginBottom: 12 }}>
      <Select
        placeholder="选择子库（已保存的筛选）"
        allowClear
        style={{ width: 260 }}
        onChange={(id?: number) => onApply(libraries.data?.find((l) => l.id === id)?.filter ?? null)}
        options={(libraries.data ?? []).map((l) => ({
          value: l.id,
          label: l.shared ? `【共同监管】${l.name}` : l.name,
        }))}
        data-testid="library-select"
      />
      {can('libraries.save') && (
        <Button
          onClick={() => setSaving(true)}
          disabled={Object.values(filter).every((v) => v === undefined)}
          data-testid="library-save"
        >
          将当前筛选保存为子库
        </Button>
      )}
      <Modal
        title="保存为子库"
        open={saving}
        onOk={() => void save()}
        onCancel={() => setSaving(false)}
        okText="保存"
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'library-save-confirm' }}
      >
        <Input
          data-testid="library-name"
          placeholder="子库名称，如 餐饮服务单位"
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ marginBottom: 12 }}
        />
        {mayShare && (
          <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)} data-testid="library-shared">
            作为各部门共享的共同监管子库
          </Checkbox>
        )}
      </Modal>
    </Space>
  );
}
