import type { ColumnSpec } from '../excel';
import { FIELD_LABELS, type SubjectRecord } from './record';

export type SubjectColumn = keyof SubjectRecord;

const spec = (key: SubjectColumn, aliases: string[], required = false): ColumnSpec<SubjectColumn> => ({
  key,
  label: FIELD_LABELS[key],
  aliases,
  required,
});

/** The columns of the subject template and the other header spellings real files use. */
export const SUBJECT_COLUMNS: ColumnSpec<SubjectColumn>[] = [
  spec('uscc', ['社会信用代码', '信用代码', '统一代码', 'USCC', '注册号/统一社会信用代码', '统一社会信用代码/注册号']),
  spec('name', ['企业名称', '主体名称', '市场主体名称', '单位名称', '对象名称', '名称（字号）'], true),
  spec('type', ['主体类型', '市场主体类型', '类型', '对象类别']),
  spec('legalRep', ['法定代表人', '经营者', '负责人', '法定代表人（负责人）', '法人代表']),
  spec('address', ['住所', '经营场所', '地址', '注册地址', '经营地址']),
  spec('regionCode', ['区划代码', '所属区域', '行政区划']),
  spec('industryCode', ['行业', '国民经济行业代码', '行业门类代码', '所属行业代码']),
  spec('licences', ['许可证类型', '许可证', '行政许可']),
  spec('regStatus', ['状态', '经营状态', '登记状态（存续/注销等）']),
  spec('establishedOn', ['成立时间', '注册日期', '登记日期', '设立日期']),
  spec('riskClass', ['风险等级', '信用风险等级', '风险分类', '信用等级']),
  spec('abnormal', ['是否列入经营异常名录', '经营异常', '异常名录', '列入经营异常名录']),
  spec('seriousIllegal', [
    '是否列入严重违法失信名单',
    '严重违法失信名单',
    '严重违法失信',
    '失信',
    '列入严重违法失信名单',
  ]),
  spec('penalized3y', ['近三年是否受过行政处罚', '行政处罚']),
  spec('complaintVerified', ['投诉举报', '是否有经核实的投诉举报', '投诉举报（经核实）', '投诉举报是否属实']),
  spec('tags', ['标签（多个用分号分隔）', '对象标签']),
  spec('departmentIds', ['监管部门（多个用分号分隔）', '主管部门', '监管单位']),
];
