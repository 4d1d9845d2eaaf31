import { Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';

type Font = MethodOutput<'documents.fonts'>['fonts'][number];

/**
 * 公文字体: which face each part of a printed document uses. The PC's official fonts (仿宋_GB2312, 方正小标宋 …) are
 * found in the system font folders or a folder named here; otherwise the free fonts shipped with the program.
 */
export function DocumentFontsCard({ onSaved }: { onSaved: () => void }) {
  const { can } = useSession();
  const fonts = useCall('documents.fonts', {});
  const [form] = Form.useForm<{ folder: string }>();
  useEffect(() => form.setFieldsValue({ folder: fonts.data?.folder ?? '' }), [fonts.data?.folder, form]);
  const save = useSubmit(async () => {
    await call('documents.setFontFolder', { folder: (form.getFieldValue('folder') as string | undefined) ?? '' });
    fonts.reload();
    onSaved();
  });
  return (
    <Card title="公文字体" style={{ marginBottom: 16 }} data-testid="document-fonts">
      <Table<Font>
        rowKey="role"
        size="small"
        pagination={false}
        loading={fonts.loading}
        dataSource={fonts.data?.fonts}
        columns={[
          { title: '用途', dataIndex: 'roleLabel', width: 160 },
          {
            title: '本机使用的字体',
            key: 'label',
            render: (_, f) => (
              <Space>
                {f.official ? <Tag color="green">公文字体</Tag> : <Tag>随软件提供</Tag>}
                <Typography.Text title={f.file}>{f.label}</Typography.Text>
              </Space>
            ),
          },
        ]}
      />
      {can('documents.setFontFolder') && (
        <Form form={form} style={{ marginTop: 12 }}>
          <Space.Compact style={{ width: 640 }}>
            <Form.Item name="folder" noStyle>
              <Input placeholder="存放公文字体的文件夹（可留空），如 D:\公文字体" data-testid="font-folder" />
            </Form.Item>
            <Button loading={save.busy} onClick={() => void save.run()}>
              保存
            </Button>
          </Space.Compact>
        </Form>
      )}
      {save.error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
          {save.error}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        系统先在此文件夹、再在本机字体目录中查找仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312
        等字体文件；找不到时使用随软件提供的思源宋体、思源黑体。
      </Typography.Paragraph>
    </Card>
  );
}
