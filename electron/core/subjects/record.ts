import type { RiskClass, SubjectType } from './vocabulary.shared';

// The vocabularies are in the shared tier, where the renderer reads them too.
export { REG_STATUSES, type RiskClass, type SubjectType } from './vocabulary.shared';

/** A subject as the rules see it, after normalisation; what import, forms and the demo all produce. */
export interface SubjectRecord {
  type: SubjectType;
  uscc: string | null;
  name: string;
  legalRep: string;
  address: string;
  regionCode: string;
  industryCode: string;
  licences: string[];
  regStatus: string;
  establishedOn: string | null;
  riskClass: RiskClass;
  abnormal: boolean;
  seriousIllegal: boolean;
  penalized3y: boolean;
  complaintVerified: boolean;
  tags: string[];
  departmentIds: number[];
}

/** Market entities must carry a USCC; products, projects and behaviours need not. */
export const NEEDS_USCC: readonly SubjectType[] = ['企业', '个体工商户', '农民专业合作社'];

export const FIELD_LABELS: Record<keyof SubjectRecord, string> = {
  type: '对象类型',
  uscc: '统一社会信用代码',
  name: '名称',
  legalRep: '法定代表人/经营者',
  address: '住所/经营场所',
  regionCode: '行政区划代码',
  industryCode: '行业代码',
  licences: '许可类型',
  regStatus: '登记状态',
  establishedOn: '成立日期',
  riskClass: '信用风险分类',
  abnormal: '经营异常名录',
  seriousIllegal: '严重违法失信',
  penalized3y: '近三年行政处罚',
  complaintVerified: '投诉举报经核实',
  tags: '标签',
  departmentIds: '监管部门',
};
