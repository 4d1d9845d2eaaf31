import { requireActor } from '../context';
import { localDate } from '../dates';
import type { Handlers } from '../handler-types';
import type { homeContract } from './contract';
import { setupChecklist } from './setup';

export const homeHandlers: Handlers<typeof homeContract> = {
  'home.setupChecklist': (ctx) => ({ steps: setupChecklist(ctx.db, requireActor(ctx), localDate(ctx.now)) }),
};
