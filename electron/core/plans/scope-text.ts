import type { z } from 'zod';
import type { scopeSchema } from './schemas';

type Scope = z.infer<typeof scopeSchema>;

/**
 * A task's object scope (抽查范围) in the words the published plan uses: each condition the scope sets, or the whole
 * county's register when it sets none. The PDF and the Excel of the plan print it beside the ratios.
 */
export function describeScope(scope: Scope, departmentName: (id: number) => string): string {
  const parts = [
    scope.type ? `${scope.type}` : '',
    scope.riskClass ? `信用风险 ${scope.riskClass} 类` : '',
    scope.regionCode ? `行政区划 ${scope.regionCode}` : '',
    scope.industryCode ? `行业 ${scope.industryCode}` : '',
    scope.regStatus ? `登记状态“${scope.regStatus}”` : '',
    scope.tag ? `标签“${scope.tag}”` : '',
    scope.licence ? `许可“${scope.licence}”` : '',
    scope.departmentId !== undefined ? `${departmentName(scope.departmentId)}监管对象` : '',
    scope.abnormal ? '列入经营异常名录' : '',
    scope.seriousIllegal ? '列入严重违法失信名单' : '',
    scope.penalized3y ? '近三年受过行政处罚' : '',
    scope.complaintVerified ? '投诉举报经核实' : '',
  ].filter(Boolean);
  return parts.length === 0 ? '辖区内全部检查对象' : parts.join('，');
}
