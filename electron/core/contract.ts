import type { z } from 'zod';
import { auditContract } from './audit/contract';
import { authContract } from './auth/contract';
import { mergeAreas } from './define';
import { departmentsContract } from './departments/contract';
import { inspectorsContract } from './inspectors/contract';
import { importsContract } from './imports/contract';
import { itemsContract } from './items/contract';
import { librariesContract } from './libraries/contract';
import { plansContract } from './plans/contract';
import { tasksContract } from './tasks/contract';
import { drawsContract } from './draws/contract';
import { calendarContract } from './calendar/contract';
import { codesContract } from './codes/contract';
import { resultsContract } from './results/contract';
import { todoContract } from './results/todo-contract';
import { collectionContract } from './results/collection-contract';
import { followUpsContract } from './followups/contract';
import { creditContract } from './credit/contract';
import { casesContract } from './cases/contract';
import { reportsContract } from './reports/contract';
import { statsContract } from './stats/contract';
import { homeContract } from './home/contract';
import { documentsContract } from './documents/contract';
import { settingsContract } from './settings/contract';
import { subjectsContract } from './subjects/contract';
import { systemContract } from './system/contract';
import { usersContract } from './users/contract';

/** Every method of the application, gathered from the areas. Doors and the renderer's client derive from it. */
export const contract = mergeAreas(
  authContract,
  usersContract,
  departmentsContract,
  settingsContract,
  systemContract,
  auditContract,
  subjectsContract,
  inspectorsContract,
  itemsContract,
  importsContract,
  librariesContract,
  plansContract,
  tasksContract,
  drawsContract,
  calendarContract,
  codesContract,
  resultsContract,
  todoContract,
  collectionContract,
  followUpsContract,
  creditContract,
  casesContract,
  reportsContract,
  statsContract,
  documentsContract,
  homeContract,
);

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
