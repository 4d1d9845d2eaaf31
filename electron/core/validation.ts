import { z } from 'zod';

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
