import { Alert, Button, Modal, Radio, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import {
  TARGET_FLAG_LABELS,
  TARGET_FLAGS,
  type TargetFlag,
} from '../../../../electron/core/subjects/target-flags.shared';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { native } from '../../native';

type Preview = MethodOutput<'subjects.flagListPreview'>;
type Counts = MethodOutput<'subjects.flagListCommit'>;

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * 按名单标记: a list from another system (the provincial 经营异常名录, a 失信名单, the complaints found true) marks one
 * flag on the subjects it names by USCC, and changes nothing else. Preview first, then mark.
 */
export function FlagListModal({ open, onDone, onClose }: { open: boolean; onDone: () => void; onClose: () => void }) {
  const [flag, setFlag] = useState<TargetFlag>('abnormal');
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Counts | null>(null);
  const choose = useSubmit(async () => {
    const picked = await native.uploadFile(XLSX);
    if (!picked) return;
    setPreview(null);
    setPreview(await call('subjects.flagListPreview', { upload: picked.upload, flag, mode }));
  });
  const commit = useSubmit(async () => {
    if (!preview) return;
    setDone(await call('subjects.flagListCommit', { token: preview.token }));
    onDone();
  });
  const close = () => {
    setPreview(null);
    setDone(null);
    onClose();
  };
  const shown = done ?? preview;
  const error = choose.error ?? commit.error;
  return (
    <Modal title="按名单标记" open={open} onCancel={close} footer={null} width={720} destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          省级系统导出的经营异常名录、严重违法失信名单或经核实的投诉举报清单，只需含“统一社会信用代码”一列（其他列不读）。
          只改所选标记，名录库中的其他信息不变；每个对象的变更记入其变更记录。
        </Typography.Paragraph>
        <div>
          <Typography.Text strong>标记：</Typography.Text>
          <Radio.Group
            value={flag}
            disabled={preview !== null}
            onChange={(e) => setFlag(e.target.value as TargetFlag)}
            options={TARGET_FLAGS.map((f) => ({ value: f, label: TARGET_FLAG_LABELS[f] }))}
            data-testid="flag-list-flag"
          />
        </div>
        <div>
          <Typography.Text strong>方式：</Typography.Text>
          <Radio.Group
            value={mode}
            disabled={preview !== null}
            onChange={(e) => setMode(e.target.value as 'add' | 'replace')}
          >
            <Radio value="add">只标记名单中的对象</Radio>
            <Radio value="replace">以名单为准（不在名单中的对象取消该标记）</Radio>
          </Radio.Group>
        </div>
        {error && <Alert type="error" showIcon message={error} />}
        {!preview && (
          <Button type="primary" loading={choose.busy} onClick={() => void choose.run()} data-testid="flag-list-choose">
            选择 Excel 文件…
          </Button>
        )}
        {shown && (
          <Space size="large" data-testid="flag-list-counts">
            <Statistic title="名单户数" value={shown.listed} />
            <Statistic title="名录库中找到" value={shown.matched} />
            <Statistic title={done ? '已标记' : '将标记'} value={shown.set} valueStyle={{ color: '#1f5fad' }} />
            <Statistic title={done ? '已取消' : '将取消'} value={shown.cleared} valueStyle={{ color: '#d48806' }} />
            <Statistic title="代码无效" value={shown.invalid} />
          </Space>
        )}
        {shown && shown.notFound > 0 && (
          <Alert
            type="warning"
            showIcon
            message={`名单中有 ${shown.notFound} 户不在名录库中（未标记），如：${shown.notFoundSample.slice(0, 5).join('、')}`}
          />
        )}
        {preview && !done && (
          <Space>
            <Button
              type="primary"
              loading={commit.busy}
              onClick={() => void commit.run()}
              data-testid="flag-list-commit"
            >
              确认标记
            </Button>
            <Button onClick={() => setPreview(null)}>重新选择</Button>
          </Space>
        )}
        {done && <Button onClick={close}>完成</Button>}
      </Space>
    </Modal>
  );
}
