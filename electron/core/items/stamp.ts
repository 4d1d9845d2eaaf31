import { requireActor, type HandlerContext } from '../context';
import type { VersionStamp } from './store';

/** A new version's stamp (item or joint item): its date and reason, who recorded it, and the call's instant. */
export const stampOf = (ctx: HandlerContext, effectiveFrom: string, reason: string): VersionStamp => ({
  effectiveFrom,
  reason,
  actorName: requireActor(ctx).username,
  at: ctx.now,
});
