import { z } from 'zod';
import { isRealDate } from './dates';

z.config(z.locales.zhCN());

/** Our own messages are whole Chinese sentences; zod's generic ones get the field's path in front. */
const isOwnSentence = (message: string): boolean => /[。？]$/.test(message);

export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '输入有误，请检查后重试。';
  if (isOwnSentence(issue.message)) return issue.message;
  const path = issue.path.map(String).join('.');
  return path ? `输入项「${path}」有误：${issue.message}。` : `输入有误：${issue.message}。`;
}

/** A calendar day typed as YYYY-MM-DD that exists (not 2026-02-30), named in the messages as `what`. */
export const dayField = (what: string) =>
  z
    .string({ error: `请填写${what}。` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}应写成 2026-05-08 这样。`)
    .refine(isRealDate, `${what}不是实际存在的日期，请核对。`);
