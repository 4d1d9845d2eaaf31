import { fromJsonText } from '../../../db/json-text';
import { drawSubjects, type draws, type matches } from '../../../db/schema';
import type { DrawRecord } from './object-draw';
import type { MatchRecord } from './team-match';

/**
 * The record columns of `draws` and `matches` hold the verifiable records as JSON text: exported and verified as
 * written, so they stay text rather than drizzle's JSON mode. Every reader parses them here, and only here.
 */

/** What an open attempt's record holds: the inputs, before the nonce is revealed and the draw is run. */
export type DrawInputs = Omit<DrawRecord, 'seed' | 'result' | 'nonce'>;

/** An open attempt's record (its inputs). */
export const drawInputsOf = (row: Pick<typeof draws.$inferSelect, 'record'>): DrawInputs =>
  JSON.parse(row.record) as DrawInputs;

/** A drawn (or locked, or superseded after drawing) attempt's complete record. */
export const drawRecordOf = (row: Pick<typeof draws.$inferSelect, 'record'>): DrawRecord =>
  JSON.parse(row.record) as DrawRecord;

/** A match run's record. */
export const matchRecordOf = (row: Pick<typeof matches.$inferSelect, 'record'>): MatchRecord =>
  JSON.parse(row.record) as MatchRecord;

/**
 * The item ids of a drawn subject, for a raw (prepared-statement) read of `draw_subjects.item_ids`; a read through
 * drizzle gets them parsed by the column's JSON mode, and this uses the same decoder.
 */
export const drawnItemIdsOf = (text: string): number[] => fromJsonText(drawSubjects.itemIds, text);
