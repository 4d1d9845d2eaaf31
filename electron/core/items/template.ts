import { ITEM_METHODS } from '../../../db/schema/items';
import type { TemplateSpec } from '../excel';
import { ITEM_COLUMNS, type ItemColumn } from './fields';

export const ITEM_TEMPLATE: TemplateSpec<ItemColumn> = {
  sheet: '抽查事项',
  title: '随机抽查事项清单导入模板',
  columns: ITEM_COLUMNS,
  widths: [14, 22, 32, 40, 36, 16, 22, 10, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14],
  notes: {
    code: '必填；按编码新增或更新',
    departmentId: '必填；部门名称或简称',
    name: '必填',
    basis: '必填；法律法规名称及条款',
    methods: `${ITEM_METHODS.join('/')}，多个用分号分隔`,
    category: '重点/一般',
    ratioCap: '一般事项必填，如 5%',
    frequencyCap: '一般事项必填，1–12',
    ratioCapA: '选填；该类单设上限，留空按抽查比例上限',
    ratioCapB: '选填；同上',
    ratioCapC: '选填；同上',
    ratioCapD: '选填；同上',
    frequencyCapA: '选填；该类单设年度频次（1–12），留空按频次上限',
    frequencyCapB: '选填；同上',
    frequencyCapC: '选填；同上',
    frequencyCapD: '选填；同上',
  },
  example: {
    code: 'SCJG-001',
    departmentId: '市场监管',
    name: '（示例）食品经营者经营条件检查',
    basis: '《中华人民共和国食品安全法》第三十三条',
    content: '检查经营场所、设施设备、从业人员健康管理',
    objectType: '食品经营者',
    methods: '实地核查',
    category: '一般',
    ratioCap: '5%',
    frequencyCap: '1',
  },
  choices: { category: ['重点', '一般'], methods: ITEM_METHODS },
};
