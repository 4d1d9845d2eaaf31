import { Tag } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';

type Row = MethodOutput<'results.sheet'>['rows'][number];
type Result = NonNullable<Row['result']>;

/** Where a result stands, in the words the office uses. */
export function ResultStatus({ result }: { result: Result | null }) {
  if (!result) return <Tag>未录入</Tag>;
  if (result.withheldReason) return <Tag color="purple">不予公示 {result.withheldOn ?? ''}</Tag>;
  if (result.publishedOn) return <Tag color="green">已公示 {result.publishedOn}</Tag>;
  if (result.status === 'returned') return <Tag color="red">已退回</Tag>;
  if (result.status === 'approved') return <Tag color="cyan">已审核</Tag>;
  return <Tag color="blue">已录入</Tag>;
}

/** The deadline with its flag: red when passed, orange within three working days. */
export function DueTag({ due, flag }: { due: string | null; flag: Row['flag'] }) {
  if (!due) return <span>—</span>;
  if (flag === 'overdue')
    return (
      <Tag color="red" data-testid="flag-overdue">
        超期 {due}
      </Tag>
    );
  if (flag === 'dueSoon')
    return (
      <Tag color="orange" data-testid="flag-due-soon">
        即将到期 {due}
      </Tag>
    );
  return <span>{due}</span>;
}

/** The editable result categories and follow-up measures, and a code → name lookup for showing results. */
export function useResultLists() {
  const lists = useCall('results.lists', {});
  const categoryName = new Map(lists.data?.categories.map((c) => [c.code, c.name]));
  return {
    lists,
    categories: lists.data?.categories.filter((c) => c.active) ?? [],
    measures: lists.data?.measures.filter((m) => m.active && !m.none) ?? [],
    namesOf: (codes: string[]) => codes.map((c) => categoryName.get(c) ?? c).join('；'),
    isProblem: (codes: string[]) => codes.some((c) => lists.data?.categories.find((x) => x.code === c)?.problem),
    /** The core's rule, as the list reports it: these categories need the problem found written down. */
    asksProblems: (codes: string[]) =>
      codes.some((c) => lists.data?.categories.find((x) => x.code === c)?.asksProblems),
  };
}
