import type { MethodInput } from '../../../../electron/core/contract';

type CaseSource = MethodInput<'cases.create'>['source'];

/** The core's case sources, copied for the renderer: the Record type fails the build if the core adds or renames one. */
const SOURCES: Record<CaseSource, true> = { 投诉举报: true, 转办交办: true, 监测发现: true, 其他: true };
export const CASE_SOURCES = Object.keys(SOURCES) as CaseSource[];
