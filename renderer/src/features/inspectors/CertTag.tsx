import { Tag } from 'antd';
import { CERT_STATUS_LABELS, type CertStatus } from '../../../../electron/core/inspectors/certificate.shared';

const COLORS: Record<CertStatus, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  notYetValid: 'gold',
  none: 'default',
  inactive: 'default',
};

/**
 * An officer's certificate status on the office's today, as the core's one certificate rule works it out. Without a
 * certificate number there is no certificate, so dates typed for it are not shown as if it ran until then.
 */
export function CertTag({ status, validTo }: { status: CertStatus; validTo: string | null }) {
  return (
    <Tag color={COLORS[status]}>
      {CERT_STATUS_LABELS[status]}
      {validTo && status !== 'none' ? `（至 ${validTo}）` : ''}
    </Tag>
  );
}
