import type { TemplateSpec } from '../excel';
import { INSPECTOR_COLUMNS, type InspectorColumn } from './fields';

export const INSPECTOR_TEMPLATE: TemplateSpec<InspectorColumn> = {
  sheet: '执法人员',
  title: '执法检查人员名录导入模板',
  columns: INSPECTOR_COLUMNS,
  widths: [12, 24, 18, 14, 14, 12, 20, 24, 12, 16, 8, 24],
  notes: {
    name: '必填',
    departmentId: '必填；部门名称或简称',
    certNo: '有执法证的填写；按此号更新已有人员',
    certValidTo: '有证件号时必填，如 2027-12-31',
    qualifications: '多个用分号分隔',
    expertise: '多个用分号分隔',
    regionCode: '6 位区县、9 位乡镇街道或 12 位村社区代码',
    active: '是/否，默认是',
    recusalRegions: '需回避的区域：6 位区县、9 位乡镇街道、12 位村社区代码或乡镇街道名称（如 城关镇），多个用分号分隔',
  },
  example: {
    name: '（示例）张三',
    departmentId: '县市场监督管理局',
    certNo: 'NM150222001',
    certValidFrom: '2024-01-01',
    certValidTo: '2027-12-31',
    position: '科员',
    qualifications: '行政执法资格',
    expertise: '食品；特种设备',
    regionCode: '150222',
    phone: '13800000000',
    active: '是',
    recusalRegions: '150222100；城关镇',
  },
  choices: { active: ['是', '否'] },
};
