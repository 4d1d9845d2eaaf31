import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { LETTER_TITLE, type LetterKind } from '../../../../electron/core/documents/letters.shared';
import { PdfActions } from '../../components/PdfActions';

type FollowUp = MethodOutput<'followups.list'>[number];

/**
 * 抄告函 / 移送函 of one follow-up: the recipient is the responsible department unless another is typed (the core
 * asks for one when the responsible department is the inspecting one itself, or for a 移送 to 公安机关 etc.).
 */
export function LetterModal({
  followUp,
  kind,
  onClose,
}: {
  followUp: FollowUp;
  kind: LetterKind;
  onClose: () => void;
}) {
  const [recipient, setRecipient] = useState('');
  const label = LETTER_TITLE[kind];
  return (
    <Modal
      title={`${label}：${followUp.subjectName}（${followUp.measureName}）`}
      open
      onCancel={onClose}
      destroyOnHidden
      footer={
        <PdfActions
          method="documents.followUpLetter"
          input={{ followUpId: followUp.id, recipient: recipient.trim() || undefined }}
          label={label}
          testId="followup-letter"
        />
      }
    >
      <Typography.Paragraph type="secondary">
        函中写明检查对象、检查结果、发现的问题和抽查依据，由检查部门落款。
      </Typography.Paragraph>
      <Input
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
        maxLength={60}
        placeholder={
          kind === 'copy'
            ? `收函单位（留空为责任部门：${followUp.departmentName}）`
            : '收函单位，如县公安局、县人民检察院'
        }
        data-testid="followup-letter-recipient"
      />
    </Modal>
  );
}
