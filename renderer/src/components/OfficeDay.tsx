import { Button, Result, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call, errorMessage } from '../api/client';
import { dateInZone, setOfficeTimeZone } from './format';

/** The office's day as the core counts it (system.today): every default date and "not after today" limit uses it. */
export interface OfficeDay {
  /** YYYY-MM-DD in the office's time zone. */
  date: string;
  /** The same day for date pickers; one object per day, so defaults built from it stay the same between renders. */
  day: Dayjs;
  year: number;
  timeZone: string;
  /** Asks the core again (after the zone setting changed). */
  refresh: () => void;
}

const OfficeDayContext = createContext<OfficeDay | null>(null);

/** Re-checks the day each minute, so a window left open overnight moves to the next day by itself. */
const TICK_MS = 60_000;

interface Known {
  timeZone: string;
  /** The core's clock minus this browser's: the day is the core's even when the PC's clock is off. */
  skew: number;
  date: string;
}

export function OfficeDayProvider({ children }: { children: ReactNode }) {
  const [known, setKnown] = useState<Known | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    call('system.today', {}).then(
      (answer) => {
        if (!current) return;
        setOfficeTimeZone(answer.timeZone);
        setFailure(null);
        setKnown({ timeZone: answer.timeZone, skew: Date.parse(answer.now) - Date.now(), date: answer.date });
      },
      (e: unknown) => current && setFailure(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    if (!known) return;
    const timer = setInterval(() => {
      const date = dateInZone(new Date(Date.now() + known.skew), known.timeZone);
      if (date !== known.date) setKnown({ ...known, date });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [known]);

  const value = useMemo<OfficeDay | null>(
    () =>
      known && {
        date: known.date,
        day: dayjs(known.date),
        year: Number(known.date.slice(0, 4)),
        timeZone: known.timeZone,
        refresh,
      },
    [known, refresh],
  );

  if (failure && !value)
    return (
      <Result
        status="error"
        title="无法读取单位当前日期"
        subTitle={failure}
        extra={<Button onClick={refresh}>重试</Button>}
      />
    );
  if (!value) return <Spin size="large" fullscreen tip="正在连接…" />;
  // Keyed by the zone: after 单位所在时区 changes, every screen is drawn again and shows its times on the new clock.
  return (
    <OfficeDayContext.Provider value={value}>
      <Fragment key={value.timeZone}>{children}</Fragment>
    </OfficeDayContext.Provider>
  );
}

/** Today as the office counts it, from the core; never `dayjs()` (the browser's clock and zone). */
export function useOfficeToday(): OfficeDay {
  const day = useContext(OfficeDayContext);
  if (!day) throw new Error('useOfficeToday outside OfficeDayProvider');
  return day;
}
