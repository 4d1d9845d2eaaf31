import { App } from 'antd';
import type { MethodInput, MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { DAY_KINDS, weekdayOf } from './calendar-labels';

export type DayChange = MethodInput<'calendar.setDay'>;
export type DayOutcome = MethodOutput<'calendar.setDay'>;

/** What the office is told after a change: whether the day now counts, and how many deadlines were worked out again. */
export const outcomeText = (o: DayOutcome): string =>
  `${o.date}（${weekdayOf(o.date)}）现在${o.workday ? '是' : '不是'}工作日；已按新日历重新计算 ${o.moved} 条未公示结果的公示期限。`;

/**
 * Changes one day after a confirmation: every publication deadline not yet met is counted on the calendar, so a
 * changed day moves them all, and the office should know that before it happens.
 */
export function useSetDay(onDone: (outcome: DayOutcome) => void): (change: DayChange) => void {
  const { modal, message } = App.useApp();
  return (change) => {
    modal.confirm({
      title: `将 ${change.date}（${weekdayOf(change.date)}）设为“${DAY_KINDS[change.kind].label}”？`,
      content:
        '结果公示期限和录入期限都按工作日计算：修改后，所有尚未公示的结果将按新的日历重新计算期限，待办和超期提醒随之变化。',
      okText: '确定修改',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'calendar-set-confirm' },
      onOk: async () => {
        try {
          const outcome = await call('calendar.setDay', change);
          message.success('工作日历已修改');
          onDone(outcome);
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };
}
