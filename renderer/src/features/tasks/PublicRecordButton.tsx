import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { native } from '../../native';

/**
 * 导出公开版: the draw's public form (ssj-draw-public/1 — the commitments, the witnesses' inputs, the seed and the
 * drawn numbers without their classes), which a business or the public can check against the published hashes. The
 * full record, grouped by class, is internal (监督/纪检) and has its own button on the page.
 */
export function PublicRecordButton({ taskId }: { taskId: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await call('draws.export', { taskId, public: true });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space style={{ marginTop: 12 }} wrap>
      <Button loading={busy} onClick={() => void save()} data-testid="draw-export-public">
        导出公开版（供企业和公众核验）
      </Button>
      <Typography.Text type="secondary">
        公开版只含承诺值、监督人输入、随机数、种子和抽中对象编号，不含信用风险分类，可对外提供。
      </Typography.Text>
    </Space>
  );
}
