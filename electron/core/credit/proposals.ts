import type { Db } from '../../../db/client';
import { creditProposals } from '../../../db/schema';
import { insertStamps } from '../row-stamps';

export interface CreditProposal {
  subjectId: number;
  resultId: number;
  fromClass: string;
  toClass: string;
}

/**
 * A proposal to move a subject's risk class, waiting for the lead office to confirm or reject it. The credit area
 * owns the table; result entry proposes through this when a result finds problems.
 */
export function proposeCreditChange(db: Db, proposal: CreditProposal, now: Date): void {
  db.insert(creditProposals)
    .values({ ...proposal, ...insertStamps(now) })
    .run();
}
