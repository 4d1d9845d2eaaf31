import { auditHandlers } from './audit/service';
import { authHandlers } from './auth/service';
import type { Contract } from './contract';
import type { Handlers } from './handler-types';
import { departmentsHandlers } from './departments/service';
import { inspectorsHandlers } from './inspectors/service';
import { importsHandlers } from './imports/service';
import { itemsHandlers } from './items/service';
import { librariesHandlers } from './libraries/service';
import { plansHandlers } from './plans/service';
import { tasksHandlers } from './tasks/service';
import { drawsHandlers } from './draws/service';
import { calendarHandlers } from './calendar/service';
import { codesHandlers } from './codes/service';
import { resultsHandlers } from './results/service';
import { todoHandlers } from './results/todo-service';
import { collectionHandlers } from './results/collection-service';
import { followUpsHandlers } from './followups/service';
import { creditHandlers } from './credit/service';
import { casesHandlers } from './cases/service';
import { reportsHandlers } from './reports/service';
import { statsHandlers } from './stats/service';
import { homeHandlers } from './home/service';
import { documentsHandlers } from './documents/service';
import { settingsHandlers } from './settings/service';
import { subjectsHandlers } from './subjects/service';
import { systemHandlers } from './system/service';
import { usersHandlers } from './users/service';

/** One handler per contract method; the type refuses a missing or an extra one. */
export const handlers: Handlers<Contract> = {
  ...authHandlers,
  ...usersHandlers,
  ...departmentsHandlers,
  ...settingsHandlers,
  ...systemHandlers,
  ...auditHandlers,
  ...subjectsHandlers,
  ...inspectorsHandlers,
  ...itemsHandlers,
  ...importsHandlers,
  ...librariesHandlers,
  ...plansHandlers,
  ...tasksHandlers,
  ...drawsHandlers,
  ...calendarHandlers,
  ...codesHandlers,
  ...resultsHandlers,
  ...todoHandlers,
  ...collectionHandlers,
  ...followUpsHandlers,
  ...creditHandlers,
  ...casesHandlers,
  ...reportsHandlers,
  ...statsHandlers,
  ...documentsHandlers,
  ...homeHandlers,
};
