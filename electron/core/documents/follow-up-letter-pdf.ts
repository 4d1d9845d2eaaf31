import type { Content } from 'pdfmake/interfaces';
import { subjectById } from '../subjects';
import type { ReadContext } from '../context';
import { officeToday } from '../office-time';
import { AppError, notFound } from '../errors';
import { followUpById } from '../followups';
import { listItems } from '../items';
import { chineseDate, issuingOffice, paragraph, pdfDownload, type PdfDownload, signature, title } from '../pdf';
import { nameBook } from '../plans';
import { categoriesOf, findResult } from '../results';
import { LETTER_TITLE, letterKindOf, type LetterKind } from './letters.shared';
import { departmentIssuer } from './plan-pdf';

/** What the letter asks of its recipient, after the facts. */
function request(kind: LetterKind, basis: string): string {
  const legal = basis ? `依据${basis}等规定，` : '';
  return kind === 'copy'
    ? `${legal}上述问题属于你单位职责范围，现将有关情况抄告你单位，请依法依规处理，并将处理结果反馈我单位。`
    : `${legal}上述问题涉嫌违法犯罪，需由你单位依法处理，现将案件线索及有关材料移送你单位，请依法审查处理，并将处理结果书面告知我单位。`;
}

/**
 * 抄告函 / 移送函 from a follow-up whose measure is 抄告 or 移送: the subject, the inspection and its result, the
 * problem and the item's legal basis, addressed to the recipient and signed by the inspecting department.
 */
export async function followUpLetterPdf(
  ctx: ReadContext,
  followUpId: number,
  recipientInput: string | undefined,
): Promise<PdfDownload> {
  const today = officeToday(ctx);
  const follow = followUpById(ctx.db, followUpId, today);
  const kind = letterKindOf(follow.measureName);
  if (!kind)
    throw new AppError(
      'CONFLICT',
      `该后续处置的措施是“${follow.measureName}”，不需要发函。抄告函、移送函只用于“抄告相关部门”“移送司法机关”等抄告、移送措施。`,
    );
  const result = findResult(ctx.db, follow.resultId);
  if (!result) throw notFound('该检查结果');
  const office = issuingOffice(ctx);
  const sender = departmentIssuer(ctx.db, result.departmentId, office);
  // The department named responsible is the recipient unless it is the sender itself (then the user names one).
  const named =
    follow.departmentId === result.departmentId ? '' : departmentIssuer(ctx.db, follow.departmentId, office);
  const recipient = recipientInput?.trim() || named;
  if (!recipient)
    throw new AppError(
      'INVALID_INPUT',
      kind === 'copy'
        ? '请填写收函单位：抄告给哪个部门（该处置登记的责任部门是本部门，不能抄告给自己）。'
        : '请填写收函单位，如县公安局、县人民检察院或办案机构。',
    );
  const subject = subjectById(ctx.db, result.subjectId);
  const names = nameBook(ctx.db);
  const category = new Map(categoriesOf(ctx.db).map((c) => [c.code, c.name]));
  const item = listItems(ctx.db, { asOf: result.resultDate, includeRetired: true }).find((i) => i.id === result.itemId);
  const basis = item?.basis ?? '';
  const who = `${subject?.name ?? follow.subjectName}${subject?.uscc ? `（统一社会信用代码 ${subject.uscc}）` : ''}`;
  const content: Content[] = [
    title(LETTER_TITLE[kind]),
    `${recipient}：`,
    paragraph(
      `${sender}在“${follow.taskName}”“双随机、一公开”抽查中，于${chineseDate(result.resultDate)}对${who}${
        subject?.address ? `（地址：${subject.address}）` : ''
      }的“${names.item(result.itemId)}”事项进行了检查。检查结果：${result.categories
        .map((c) => category.get(c) ?? c)
        .join('；')}。`,
    ),
    paragraph(`发现的问题：${result.problems || '（检查结果未写明问题，详见检查记录）'}`),
    ...(basis ? [paragraph(`抽查依据：${basis}`)] : []),
    paragraph(request(kind, basis)),
    ...(follow.notes ? [paragraph(`附注：${follow.notes}`)] : []),
    paragraph(`联系人：${follow.createdBy}（${names.department(result.departmentId)}）。`),
    signature(sender, today),
  ];
  return pdfDownload(ctx, {
    fileName: `${LETTER_TITLE[kind]}-${follow.subjectName}.pdf`,
    title: `${LETTER_TITLE[kind]} ${follow.subjectName}`,
    content,
  });
}
