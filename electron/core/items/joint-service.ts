import type { itemsContract } from './contract';
import { requireActor } from '../context';
import type { Handlers } from '../handler-types';
import { officeToday } from '../office-time';
import { addJointVersion, createJointItem, jointItemHistory, jointItemsAsOf } from './joint-store';
import { publicationsOf, publishList } from './publications';
import { stampOf } from './stamp';

type JointMethods =
  | 'items.jointList'
  | 'items.jointHistory'
  | 'items.jointCreate'
  | 'items.jointUpdate'
  | 'items.jointRetire'
  | 'items.publish'
  | 'items.publications';

/** 一业一查 and the publication of either list: versions effective from a date, as the item list's (store.ts). */
export const jointItemsHandlers: Pick<Handlers<typeof itemsContract>, JointMethods> = {
  'items.jointList': (ctx, input) =>
    jointItemsAsOf(ctx.db, input.asOf ?? officeToday(ctx), { includeRetired: input.includeRetired }),
  'items.jointHistory': (ctx, { id }) => jointItemHistory(ctx.db, id),
  'items.jointCreate': (ctx, { effectiveFrom, ...content }) => {
    const id = createJointItem(ctx.db, content, stampOf(ctx, effectiveFrom ?? officeToday(ctx), '新增'));
    ctx.touches('jointItem', id);
    return { id };
  },
  'items.jointUpdate': (ctx, { id, versionNo, effectiveFrom, reason, ...content }) => {
    addJointVersion(ctx.db, id, versionNo, { content, status: 'active' }, stampOf(ctx, effectiveFrom, reason));
    ctx.touches('jointItem', id);
    return { id };
  },
  'items.jointRetire': (ctx, { id, versionNo, effectiveFrom, reason }) => {
    addJointVersion(ctx.db, id, versionNo, { status: 'retired' }, stampOf(ctx, effectiveFrom, reason));
    ctx.touches('jointItem', id);
    return { id };
  },
  'items.publish': (ctx, { kind, asOf }) => {
    const publishedOn = officeToday(ctx);
    const publication = publishList(ctx.db, kind, {
      asOf: asOf ?? publishedOn,
      publishedOn,
      actorName: requireActor(ctx).username,
      at: ctx.now,
    });
    ctx.touches('itemListPublication', publication.id);
    return publication;
  },
  'items.publications': (ctx, { kind }) => publicationsOf(ctx.db, kind),
};
