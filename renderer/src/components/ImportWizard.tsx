import { Alert, Button, Input, Modal, Radio, Result, Space, Statistic, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../electron/core/contract';
import { useSubmit } from '../api/useSubmit';
import { native } from '../native';

type Preview = MethodOutput<'subjects.importPreview'>;
type Counts = MethodOutput<'subjects.importCommit'>;
type Download = { download: string; fileName: string };

/** What one directory's import offers the wizard. */
export interface ImportApi {
  title: string;
  hint: string;
  preview: (upload: string) => Promise<Preview>;
  commit: (token: string, mode: 'valid' | 'strict', reason?: string) => Promise<Counts>;
  /** Rows that change what is already there are corrections: ask why (result collection workbooks). */
  asksReason?: boolean;
  /** Which mode the wizard starts in. */
  defaultMode?: 'valid' | 'strict';
  errorsFile?: (token: string) => Promise<Download>;
  template?: () => Promise<Download>;
}

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * Choose a file → see what would change and what is wrong → commit (valid rows, or nothing unless all are valid).
 * `onImported` runs as soon as the rows are stored, so the list behind the dialog is fresh however the dialog is
 * then closed (完成, ×, Esc or a click on the mask).
 */
export function ImportWizard({
  api,
  open,
  onImported,
  onClose,
}: {
  api: ImportApi;
  open: boolean;
  onImported: () => void;
  onClose: () => void;
}) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<'valid' | 'strict'>(api.defaultMode ?? 'valid');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<Counts | null>(null);

  const choose = useSubmit(async () => {
    const picked = await native.uploadFile(XLSX);
    if (!picked) return;
    setFileName(picked.name);
    setPreview(null);
    setPreview(await api.preview(picked.upload));
  });
  const commit = useSubmit(async () => {
    if (!preview) return;
    setDone(await api.commit(preview.token, mode, reason || undefined));
    onImported();
  });
  const errorsFile = useSubmit(async () => {
    if (!preview || !api.errorsFile) return;
    const file = await api.errorsFile(preview.token);
    await native.saveDownload(file.download, file.fileName);
  });
  const template = useSubmit(async () => {
    if (!api.template) return;
    const file = await api.template();
    await native.saveDownload(file.download, file.fileName);
  });

  const close = () => {
    setPreview(null);
    setDone(null);
    setFileName('');
    onClose();
  };

  const step = done ? 2 : preview ? 1 : 0;
  const blocked = preview !== null && mode === 'strict' && preview.counts.invalid > 0;
  const error = choose.error ?? commit.error ?? errorsFile.error ?? template.error;

  return (
    <Modal title={api.title} open={open} onCancel={close} width={880} footer={null} destroyOnHidden>
      <Steps
        current={step}
        items={[{ title: '选择文件' }, { title: '预览与核对' }, { title: '完成' }]}
        style={{ marginBottom: 24 }}
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="import-error" />}
      {step === 0 && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Paragraph>{api.hint}</Typography.Paragraph>
          <Space>
            <Button type="primary" loading={choose.busy} onClick={() => void choose.run()} data-testid="import-choose">
              选择 Excel 文件…
            </Button>
            {api.template && (
              <Button loading={template.busy} onClick={() => void template.run()}>
                下载导入模板
              </Button>
            )}
          </Space>
        </Space>
      )}
      {step === 1 && preview && (
        <>
          <Typography.Paragraph type="secondary">
            文件“{fileName}”，工作表“{preview.sheet}”，表头在第 {preview.headerRow} 行。
          </Typography.Paragraph>
          <Space size="large" style={{ marginBottom: 16 }} data-testid="import-counts">
            <Statistic title="数据行" value={preview.counts.total} />
            <Statistic title="新增" value={preview.counts.fresh} valueStyle={{ color: '#1f5fad' }} />
            <Statistic title="变更" value={preview.counts.changed} valueStyle={{ color: '#d48806' }} />
            <Statistic title="未变" value={preview.counts.unchanged} />
            <Statistic
              title="有误"
              value={preview.counts.invalid}
              valueStyle={{ color: preview.counts.invalid ? '#cf1322' : undefined }}
            />
          </Space>
          {preview.errorCount > 0 && (
            <>
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}`}
                dataSource={preview.errors}
                pagination={{ pageSize: 8 }}
                data-testid="import-errors"
                columns={[
                  { title: '行号', dataIndex: 'row', width: 70 },
                  { title: '列', dataIndex: 'column', width: 150 },
                  { title: '问题及修改方法', dataIndex: 'message' },
                ]}
              />
              {api.errorsFile && (
                <Button loading={errorsFile.busy} onClick={() => void errorsFile.run()} style={{ marginBottom: 16 }}>
                  下载错误清单（{preview.errorCount} 条）
                </Button>
              )}
            </>
          )}
          <div>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'valid' | 'strict')}>
              <Radio value="valid">导入正确的行，跳过有误的行</Radio>
              <Radio value="strict">有任何错误则全部不导入</Radio>
            </Radio.Group>
          </div>
          {api.asksReason && preview.counts.changed > 0 && (
            <Input
              style={{ marginTop: 16 }}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={`有 ${preview.counts.changed} 条已录入的结果将被更正，请写明更正原因`}
              data-testid="import-reason"
            />
          )}
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => void choose.run()} loading={choose.busy}>
              修改后重新选择文件
            </Button>
            <Button
              type="primary"
              disabled={blocked}
              loading={commit.busy}
              onClick={() => void commit.run()}
              data-testid="import-commit"
            >
              确认导入
            </Button>
          </Space>
        </>
      )}
      {step === 2 && done && (
        <div data-testid="import-done">
          <Result
            status="success"
            title="导入完成"
            subTitle={`新增 ${done.fresh} 个，更新 ${done.changed} 个，未变 ${done.unchanged} 个，跳过有误的 ${done.invalid} 行。`}
            extra={
              // Focused, so Enter and Esc close the dialog (the 确认导入 button that had the focus is gone).
              <Button type="primary" onClick={close} autoFocus data-testid="import-finish">
                完成
              </Button>
            }
          />
        </div>
      )}
    </Modal>
  );
}
