-- The national result categories and follow-up measures (DOMAIN.md), seeded once; the office edits them as data.
INSERT INTO `result_categories` (`code`, `name`, `problem`, `unchecked`, `sort`) VALUES
  ('01', '未发现问题', 0, 0, 1),
  ('02', '未按规定公示应当公示的信息', 1, 0, 2),
  ('03', '公示信息隐瞒真实情况、弄虚作假', 1, 0, 3),
  ('04', '通过登记的住所（经营场所）无法联系', 1, 1, 4),
  ('05', '发现问题已责令改正', 1, 0, 5),
  ('06', '发现问题待后续处理', 1, 0, 6),
  ('07', '未发现开展本次抽查涉及的经营活动', 0, 1, 7),
  ('08', '已关闭停业或正在组织清算', 0, 1, 8),
  ('09', '不配合检查情节严重', 1, 1, 9),
  ('10', '已注销、被吊销、被撤销或已迁出', 0, 1, 10);
--> statement-breakpoint
INSERT INTO `follow_up_measures` (`code`, `name`, `none`, `sort`) VALUES
  ('00', '无需后续处置', 1, 0),
  ('01', '责令改正', 0, 1),
  ('02', '立案查处（移送办案机构）', 0, 2),
  ('03', '列入经营异常名录', 0, 3),
  ('04', '移送司法机关', 0, 4),
  ('05', '抄告相关部门', 0, 5),
  ('06', '行政指导、约谈', 0, 6),
  ('99', '其他', 0, 99);
