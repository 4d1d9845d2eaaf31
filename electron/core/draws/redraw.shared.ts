/**
 * A redraw (a new attempt after a draw that was not locked) must say why and who approved it (shared tier): the
 * ceremony refuses one without, and the redraw form checks the same as the user types.
 */
export const REDRAW_REASON_MIN_LENGTH = 2;
export const REDRAW_REFUSAL = '重新抽取须写明原因和批准人；上一次的结果会保留在记录中。';

/** Why the reason given cannot be used (whitespace around it ignored), or null when it can. */
export function redrawReasonProblem(reason: string): string | null {
  return reason.trim().length >= REDRAW_REASON_MIN_LENGTH
    ? null
    : `请写明重新抽取的原因（至少 ${REDRAW_REASON_MIN_LENGTH} 个字）。`;
}

/** Why the approver given cannot be used, or null when it can. */
export function redrawApproverProblem(approver: string): string | null {
  return approver.trim() ? null : '请填写批准人。';
}

export function isRedrawJustified(redraw: { reason?: string; approver?: string }): boolean {
  return redrawReasonProblem(redraw.reason ?? '') === null && redrawApproverProblem(redraw.approver ?? '') === null;
}
