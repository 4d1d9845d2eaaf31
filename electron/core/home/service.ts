import { requireActor } from '../context';
import { officeToday } from '../office-time';
import type { Handlers } from '../handler-types';
import type { homeContract } from './contract';
import { setupChecklist } from './setup';

export const homeHandlers: Handlers<typeof homeContract> = {
  'home.setupChecklist': (ctx) => ({ steps: setupChecklist(ctx.db, requireActor(ctx), officeToday(ctx)) }),
};
