import { App, Button } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { trailFailureTitle, TrailProblems } from './trail-failure';

/** Walks the whole hash chain in the core and says plainly whether the trail is intact. */
export function VerifyButton() {
  const { modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    try {
      const report = await call('audit.verify', {});
      if (report.ok) {
        modal.success({
          title: '审计日志完整',
          content: `共 ${report.count} 条记录，哈希链无断裂。末条哈希：${report.headHash}`,
        });
      } else {
        modal.error({ title: trailFailureTitle(report), content: <TrailProblems report={report} />, width: 640 });
      }
    } catch (e) {
      modal.error({ title: '校验失败', content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button onClick={() => void verify()} loading={busy} data-testid="audit-verify">
      校验完整性
    </Button>
  );
}
