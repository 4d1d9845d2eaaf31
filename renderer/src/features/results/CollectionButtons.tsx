import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useSession } from '../../app/session';
import { ImportWizard, type ImportApi } from '../../components/ImportWizard';
import { native } from '../../native';

const IMPORT: ImportApi = {
  title: '导入结果采集表',
  hint: '选择各部门填好后交回的结果采集表。每行都按本任务核对（对象、事项、结果代码、日期在检查期间内且不晚于今天）；有误的行会逐条列出。重复导入同一张表不会改变任何结果。',
  preview: (upload) => call('collection.preview', { upload }),
  commit: (token, mode, reason) => call('collection.commit', { token, mode, reason }),
  errorsFile: (token) => call('collection.errors', { token }),
  asksReason: true,
  defaultMode: 'strict',
};

/**
 * 结果采集: a workbook per department for staff who never open the app, and the import of the filled one.
 */
export function CollectionButtons({
  taskId,
  departments,
  onImported,
}: {
  taskId: number;
  departments: { id: number; name: string }[];
  onImported: () => void;
}) {
  const { message } = App.useApp();
  const { can } = useSession();
  const [departmentId, setDepartmentId] = useState<number | undefined>(departments[0]?.id);
  const [importing, setImporting] = useState(false);
  const download = async () => {
    if (!departmentId) return;
    try {
      const file = await call('collection.workbook', { taskId, departmentId });
      await native.saveDownload(file.download, file.fileName);
      message.success(`已生成采集表（${file.rows} 行）`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Space wrap>
      {can('collection.workbook') && (
        <>
          <Select
            style={{ width: 140 }}
            value={departmentId}
            onChange={setDepartmentId}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            data-testid="collection-department"
          />
          <Button onClick={() => void download()} data-testid="collection-download">
            下载结果采集表
          </Button>
        </>
      )}
      {can('collection.preview') && (
        <Button onClick={() => setImporting(true)} data-testid="collection-import">
          导入结果采集表
        </Button>
      )}
      <ImportWizard api={IMPORT} open={importing} onImported={onImported} onClose={() => setImporting(false)} />
    </Space>
  );
}
