import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { creditProposals, results, subjects } from '../../../db/schema';

const p = sql.placeholder;

/**
 * The statements result entry runs per row, prepared once: building and preparing a query per row cost more than
 * the row's whole write (10,000 results in one go must take under two seconds).
 */
export function resultStatements(db: Db) {
  return {
    find: db
      .select()
      .from(results)
      .where(
        and(eq(results.taskId, p('taskId')), eq(results.subjectId, p('subjectId')), eq(results.itemId, p('itemId'))),
      )
      .prepare(),
    insert: db
      .insert(results)
      .values({
        taskId: p('taskId'),
        subjectId: p('subjectId'),
        itemId: p('itemId'),
        departmentId: p('departmentId'),
        categories: p('categories'),
        resultDate: p('resultDate'),
        method: p('method'),
        description: p('description'),
        problems: p('problems'),
        publishDue: p('publishDue'),
        status: 'entered',
        enteredBy: p('enteredBy'),
        createdAt: p('at'),
        updatedAt: p('at'),
      })
      .returning({ id: results.id })
      .prepare(),
    riskClass: db
      .select({ riskClass: subjects.riskClass })
      .from(subjects)
      .where(eq(subjects.id, p('id')))
      .prepare(),
    waitingProposal: db
      .select({ id: creditProposals.id })
      .from(creditProposals)
      .where(and(eq(creditProposals.subjectId, p('subjectId')), eq(creditProposals.status, 'proposed')))
      .prepare(),
    proposalOfResult: db
      .select({ id: creditProposals.id })
      .from(creditProposals)
      .where(eq(creditProposals.resultId, p('resultId')))
      .prepare(),
  };
}
