/**
 * 作废 a task (shared tier): it needs a reason and the approver, like a redraw; the core refuses a cancellation without
 * them and the cancel form checks the same as the user types.
 */
export const CANCEL_REASON_MIN_LENGTH = 2;

/** Why the reason given cannot be used (whitespace around it ignored), or null when it can. */
export function cancelReasonProblem(reason: string): string | null {
  return reason.trim().length >= CANCEL_REASON_MIN_LENGTH
    ? null
    : `请写明作废的原因（至少 ${CANCEL_REASON_MIN_LENGTH} 个字）。`;
}

/** Why the approver given cannot be used, or null when it can. */
export function cancelApproverProblem(approver: string): string | null {
  return approver.trim() ? null : '请填写批准人。';
}
