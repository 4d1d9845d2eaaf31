import { App, Button, List, Space, Typography } from 'antd';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { native } from '../../native';

/** What an inspection usually leaves behind: photographs, scanned records, documents. */
const KINDS = [
  { name: '图片、扫描件和文档', extensions: ['jpg', 'jpeg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ofd', 'zip'] },
];

/** A result's attachments: listed for download, and added by whoever may enter the result (20 MB each). */
export function Attachments({ resultId, mayAdd }: { resultId: number; mayAdd: boolean }) {
  const { message } = App.useApp();
  const list = useCall('results.attachments', { resultId });
  const add = useSubmit(async () => {
    const picked = await native.uploadFile(KINDS);
    if (!picked) return;
    await call('results.attach', { resultId, upload: picked.upload, name: picked.name });
    list.reload();
  });
  const open = async (id: number) => {
    try {
      const file = await call('results.attachmentFile', { id });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="attachments">
      <Space>
        <Typography.Text strong>附件</Typography.Text>
        {mayAdd && (
          <Button size="small" loading={add.busy} onClick={() => void add.run()} data-testid="attachment-add">
            上传附件
          </Button>
        )}
      </Space>
      {add.error && <Typography.Paragraph type="danger">{add.error}</Typography.Paragraph>}
      <List
        size="small"
        dataSource={list.data}
        locale={{ emptyText: '无' }}
        renderItem={(a) => (
          <List.Item>
            <a onClick={() => void open(a.id)}>{a.name}</a>
            <Typography.Text type="secondary">
              {(a.size / 1024).toFixed(0)} KB，{a.actorName}
            </Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
