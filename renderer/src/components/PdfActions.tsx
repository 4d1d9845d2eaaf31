import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { PdfMethod } from '../../../electron/core/documents/contract';
import { App, Button, Space } from 'antd';
import { useEffect } from 'react';
import type { MethodInput } from '../../../electron/core/contract';
import { call } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { native } from '../native';

interface Props<M extends PdfMethod> {
  method: M;
  input: MethodInput<M>;
  /** What the document is, as the buttons name it: 抽查通知书, 抽取记录 … */
  label: string;
  disabled?: boolean;
  size?: 'small' | 'middle';
  testId?: string;
}

/**
 * 打印 / 保存 for one document: each click renders it afresh (a download is handed out once), then opens it in the
 * system's PDF viewer — preview and the system print dialog — or saves it where the user chooses.
 */
export function PdfActions<M extends PdfMethod>({ method, input, label, disabled, size, testId }: Props<M>) {
  const { message } = App.useApp();
  const act = useSubmit(async (how: 'print' | 'save') => {
    const file = await call(method, input);
    const done =
      how === 'print'
        ? (await native.openDownload(file.download, file.fileName)).opened
        : (await native.saveDownload(file.download, file.fileName)).saved;
    if (done) void message.success(`《${file.fileName.replace(/\.pdf$/, '')}》共 ${file.pages} 页`);
  });
  useEffect(() => {
    if (act.error) void message.error(act.error, 6);
  }, [act.error, message]);
  return (
    <Space.Compact size={size}>
      <Button
        icon={<PrinterOutlined />}
        disabled={disabled}
        loading={act.busy}
        onClick={() => void act.run('print')}
        data-testid={testId && `${testId}-print`}
      >
        打印{label}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        disabled={disabled || act.busy}
        onClick={() => void act.run('save')}
        title={`保存${label}（PDF）`}
        data-testid={testId && `${testId}-save`}
      >
        PDF
      </Button>
    </Space.Compact>
  );
}
