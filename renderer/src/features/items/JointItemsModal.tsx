import { App, Button, DatePicker, Input, Modal, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { formatTime } from '../../components/format';
import { useOfficeToday } from '../../components/OfficeDay';
import { JointItemForm, type Joint } from './JointItemForm';
import { PublicationBar } from './PublicationBar';

/** A member item: marked when it is not itself on the item list on the date shown (retired, or not yet in force). */
function memberTag(m: Joint['items'][number]) {
  const text = `${m.code}（${m.departmentName}）`;
  if (m.inForce) return <Tag key={m.id}>{text}</Tag>;
  return (
    <Tooltip key={m.id} title={`${m.name}：该日不在抽查事项清单中（已废止或尚未生效），抽查时不选入`}>
      <Tag color="orange">{`${text} 该日不在清单`}</Tag>
    </Tooltip>
  );
}

/** Every version of a joint item, newest first, with its date, reason and who recorded it. */
function JointHistory({ id }: { id: number }) {
  const history = useCall('items.jointHistory', { id });
  return (
    <Timeline
      style={{ marginTop: 8 }}
      data-testid="joint-history"
      items={(history.data ?? []).map((v) => ({
        color: v.status === 'retired' ? 'red' : 'blue',
        children: (
          <>
            <Typography.Text strong>{`第 ${v.versionNo} 版，${v.effectiveFrom} 起生效`}</Typography.Text>{' '}
            {v.status === 'retired' && <Tag color="red">废止</Tag>}
            <div>{`${v.name}（牵头 ${v.leadDepartmentName}）：${v.items.map((i) => i.code).join('、')}`}</div>
            <Typography.Text type="secondary">{`原因：${v.reason}（${v.actorName}，${formatTime(v.createdAt)}）`}</Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/**
 * 联合抽查事项（一业一查）: items of several departments grouped for one industry scene, with a lead department —
 * the list as of any date, each joint item's versions, 立改废释 as new versions, and the list's publication.
 */
export function JointItemsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const today = useOfficeToday();
  const [asOf, setAsOf] = useState(today.date);
  const joints = useCall('items.jointList', { asOf });
  const [editing, setEditing] = useState<Joint | 'new' | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);

  const retire = (joint: Joint) => {
    let reason = '';
    let effectiveFrom = today.date;
    modal.confirm({
      title: `废止联合抽查事项“${joint.name}”？`,
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>
            生效日期：
            <DatePicker
              defaultValue={today.day}
              allowClear={false}
              onChange={(d) => d && (effectiveFrom = d.format('YYYY-MM-DD'))}
              data-testid="joint-retire-date"
            />
          </span>
          <Input.TextArea
            rows={3}
            autoFocus
            placeholder="废止原因（如行业场景调整、并入其他清单）"
            onChange={(e) => (reason = e.target.value)}
            data-testid="joint-retire-reason"
          />
          <Typography.Text type="secondary">废止后该日起不再列出，历史版本仍可查看。</Typography.Text>
        </Space>
      ),
      okText: '废止',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('items.jointRetire', { id: joint.id, versionNo: joint.versionNo, effectiveFrom, reason });
          message.success('已废止，历史版本仍可查看');
          joints.reload();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  return (
    <Modal title="联合抽查事项（一业一查）" open={open} onCancel={onClose} footer={null} width={960} destroyOnHidden>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>截至</span>
        <DatePicker
          value={dayjs(asOf)}
          allowClear={false}
          onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
          data-testid="joint-as-of"
        />
        {can('items.jointCreate') && (
          <Button onClick={() => setEditing('new')} data-testid="joint-add">
            新增联合抽查事项
          </Button>
        )}
      </Space>
      <PublicationBar kind="joint" asOf={asOf} list={joints.data} />
      <Table<Joint>
        size="small"
        rowKey="id"
        pagination={false}
        loading={joints.loading}
        dataSource={joints.data}
        data-testid="joint-items"
        expandable={{
          expandedRowKeys: expanded,
          showExpandColumn: false,
          expandedRowRender: (j) => <JointHistory id={j.id} />,
        }}
        columns={[
          { title: '名称', dataIndex: 'name', width: 170 },
          { title: '行业场景', dataIndex: 'scene', width: 120 },
          { title: '牵头部门', dataIndex: 'leadDepartmentName', width: 150 },
          { title: '包含事项', key: 'items', render: (_, j) => j.items.map(memberTag) },
          { title: '版本', key: 'version', width: 130, render: (_, j) => `第 ${j.versionNo} 版（${j.effectiveFrom}）` },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, j) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    setExpanded((keys) => (keys.includes(j.id) ? keys.filter((k) => k !== j.id) : [...keys, j.id]))
                  }
                >
                  版本
                </Button>
                {can('items.jointUpdate') && (
                  <Button type="link" size="small" onClick={() => setEditing(j)}>
                    修订
                  </Button>
                )}
                {can('items.jointRetire') && (
                  <Button type="link" size="small" danger onClick={() => retire(j)}>
                    废止
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <JointItemForm
        joint={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) {
            message.success('联合抽查事项已保存');
            joints.reload();
          }
        }}
      />
    </Modal>
  );
}
