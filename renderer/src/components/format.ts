import dayjs from 'dayjs';

/** Stored times are UTC ISO strings; people read them in local time. */
export const formatTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
