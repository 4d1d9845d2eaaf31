/** 抄告函 to another department, 移送函 to the judicial authority (or the case-handling body). */
export type LetterKind = 'copy' | 'transfer';

export const LETTER_TITLE: Record<LetterKind, string> = { copy: '抄告函', transfer: '移送函' };

/**
 * Which letter a follow-up measure takes, by the measure's name — the office edits the list as data, so the word in
 * the name (抄告 / 移送) is what marks it, not a code: 抄告相关部门 → 抄告函; 移送司法机关 and 立案查处（移送办案机构）→
 * 移送函. Any other measure takes no letter (null). Shared so the follow-ups screen offers the letter the core prints.
 */
export function letterKindOf(measureName: string): LetterKind | null {
  if (measureName.includes('抄告')) return 'copy';
  if (measureName.includes('移送')) return 'transfer';
  return null;
}
