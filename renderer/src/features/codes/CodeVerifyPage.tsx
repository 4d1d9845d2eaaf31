import { Alert, Button, Card, Input, Space, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { PageTitle } from '../../components/PageTitle';
import { CodeVerdict } from './CodeVerdict';

/**
 * 检查码核验: a subject (or anyone at the counter) checks that the people at the door were really sent. A hand
 * scanner types the QR text and presses Enter, so the field keeps the focus and its text is selected after each
 * check: the next scan replaces it.
 */
export function CodeVerifyPage() {
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<MethodOutput<'codes.verify'> | null>(null);
  const verify = useSubmit(async () => {
    setVerdict(null);
    setVerdict(await call('codes.verify', { text }));
    input.current?.focus({ cursor: 'all' });
  });
  const submit = () => {
    if (text.trim()) void verify.run();
  };
  return (
    <>
      <PageTitle title="检查码核验" />
      <Card style={{ maxWidth: 820, marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          输入检查通知书上的 12 位检查码（如 7KQ2-M9XD-4TPA，大小写和连字符均可），或用扫码枪扫描通知书上的二维码，
          即可核实检查任务、检查对象和检查组是否由本单位签发。
        </Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            ref={input}
            size="large"
            autoFocus
            allowClear
            placeholder="检查码或二维码内容"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={submit}
            data-testid="code-input"
          />
          <Button
            size="large"
            type="primary"
            loading={verify.busy}
            disabled={!text.trim()}
            onClick={submit}
            data-testid="code-verify"
          >
            核验
          </Button>
        </Space.Compact>
      </Card>
      {verify.error && <Alert type="error" showIcon message={verify.error} style={{ maxWidth: 820 }} />}
      {verdict && (
        <Card style={{ maxWidth: 820 }}>
          <CodeVerdict verdict={verdict} />
        </Card>
      )}
    </>
  );
}
