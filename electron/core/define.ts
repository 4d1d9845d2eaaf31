import type { z } from 'zod';
import type { Access } from './roles';

/** One method of the contract: declared once, from which every door and the renderer's client derive. */
export interface MethodSpec<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  W extends boolean = boolean,
> {
  /** Chinese verb phrase shown in the audit log and in refusals, e.g. '创建用户'. */
  summary: string;
  input: I;
  output: O;
  access: Access;
  write: W;
  /** The kind of record a write touches, for the audit log. */
  entity?: string;
  /**
   * Called by a screen on a timer (the header's 待办 badge), not by the person: it does not count as activity, so a
   * window left open still ends its session after the idle time.
   */
  polled?: true;
}

export type ContractShape = Record<string, MethodSpec>;

export const method = <I extends z.ZodType, O extends z.ZodType, const W extends boolean>(
  spec: MethodSpec<I, O, W>,
): MethodSpec<I, O, W> => spec;

/** Merges area contracts, refusing a method name declared twice (Actual's createApp does the same). */
export function mergeAreas<T extends ContractShape[]>(...areas: T): UnionToIntersection<T[number]> {
  const merged: ContractShape = {};
  for (const area of areas) {
    for (const [name, spec] of Object.entries(area)) {
      if (name in merged) throw new Error(`contract: method ${name} is declared twice`);
      if (!/^[a-z]+\.[a-zA-Z]+$/.test(name)) throw new Error(`contract: method name ${name} is not area.verb`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
