/**
 * The subject directory's vocabularies (shared tier): the schema's column values, the import's checks and the
 * renderer's filters and forms all read these lists.
 */
export const SUBJECT_TYPES = ['企业', '个体工商户', '农民专业合作社', '产品', '项目', '行为', '其他'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** 信用风险分类: A is the lowest risk, D the highest. */
export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** How a risk class reads on screen and in exported workbooks. */
export const RISK_LABELS: Record<RiskClass, string> = {
  A: 'A 低风险',
  B: 'B 一般风险',
  C: 'C 较高风险',
  D: 'D 高风险',
};

/** 登记状态 as the registration authority writes them. */
export const REG_STATUSES = ['存续', '在业', '迁入', '迁出', '停业', '清算', '注销', '吊销', '撤销'] as const;
