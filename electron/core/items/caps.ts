/**
 * The one home of an item's ratio cap per stratum. A 一般事项's ratio cap binds every credit-risk class and the
 * penalised (targeted) stratum — no document exempts class D. An office that wants another cap for a class writes
 * it on the item (ratioCapA…D, versioned and published with the list); a class without one takes the item's cap.
 * 重点事项 have no cap. Used by the plan check, the draw and the screens' hints.
 */
export type CapStratum = 'A' | 'B' | 'C' | 'D' | 'P';
export const CAP_CLASSES = ['A', 'B', 'C', 'D'] as const;

export interface CappedItem {
  category: 'key' | 'general';
  ratioCap: number | null;
  ratioCapA: number | null;
  ratioCapB: number | null;
  ratioCapC: number | null;
  ratioCapD: number | null;
}

const classCap = (item: CappedItem, cls: (typeof CAP_CLASSES)[number]): number | null =>
  item[`ratioCap${cls}`] ?? item.ratioCap;

/**
 * The highest ratio (%) the item allows in a stratum; null when uncapped. The penalised stratum P holds subjects of
 * any class, and its ratio may not be below the classes it holds (the ratios rise with the risk), so its cap is the
 * highest of the classes' caps.
 */
export function capFor(item: CappedItem, stratum: CapStratum): number | null {
  if (item.category !== 'general') return null;
  if (stratum !== 'P') return classCap(item, stratum);
  const caps = CAP_CLASSES.map((c) => classCap(item, c));
  return caps.some((c) => c === null) ? null : Math.max(...(caps as number[]));
}

/** Whether the item names a cap of its own for some class. */
export const hasClassCaps = (item: CappedItem): boolean => CAP_CLASSES.some((c) => item[`ratioCap${c}`] !== null);

/** The caps in words, for lists and hints: "5%" or "5%（A 3%，D 20%）"; "不设上限" for a key item. */
export function describeCaps(item: CappedItem): string {
  if (item.category !== 'general') return '不设上限';
  const own = CAP_CLASSES.filter((c) => item[`ratioCap${c}`] !== null).map((c) => `${c} ${item[`ratioCap${c}`]}%`);
  return own.length === 0 ? `${item.ratioCap}%` : `${item.ratioCap}%（${own.join('，')}）`;
}

/** What an item's frequency caps are read from: the item's cap and its optional per-class caps. */
export interface FrequencyCappedItem {
  category: 'key' | 'general';
  frequencyCap: number | null;
  frequencyCapA: number | null;
  frequencyCapB: number | null;
  frequencyCapC: number | null;
  frequencyCapD: number | null;
}

/**
 * The one home of an item's yearly frequency cap (抽查频次) for a subject of a credit-risk class: a 一般事项's cap binds
 * every class, and a class the item names a cap for (frequencyCapA…D, versioned with the item) takes that one instead;
 * null when uncapped (重点事项). A penalised subject is counted by its own class. Used where the frequency cap is
 * applied: the draw's pool (draws/pool.ts).
 */
export function frequencyCapFor(item: FrequencyCappedItem, cls: (typeof CAP_CLASSES)[number]): number | null {
  if (item.category !== 'general') return null;
  return item[`frequencyCap${cls}`] ?? item.frequencyCap;
}

/** The lowest frequency cap of any class: a subject drawn fewer times than this is under every class's cap. */
export function lowestFrequencyCap(item: FrequencyCappedItem): number | null {
  const caps = CAP_CLASSES.map((c) => frequencyCapFor(item, c)).filter((c): c is number => c !== null);
  return caps.length === 0 ? null : Math.min(...caps);
}
