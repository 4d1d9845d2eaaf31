import { describe, expect, it } from 'vitest';
import { ROLE_LABELS as CORE_LABELS } from '../../electron/core/roles';
import { ROLE_LABELS as SCREEN_LABELS } from '../../renderer/src/app/labels';

// The renderer may import only types from the core, so it keeps its own copy of the role names; they must agree.
describe('role labels', () => {
  it('read the same on screen as in the core’s messages', () => {
    expect(SCREEN_LABELS).toEqual(CORE_LABELS);
  });
});

describe('subject vocabularies', () => {
  it('match the core’s lists', async () => {
    const screen = await import('../../renderer/src/app/labels');
    const schema = await import('../../db/schema/subjects');
    const record = await import('../../electron/core/subjects/record');
    expect([...screen.SUBJECT_TYPES]).toEqual([...schema.SUBJECT_TYPES]);
    expect(Object.keys(screen.RISK_LABELS)).toEqual([...schema.RISK_CLASSES]);
    expect([...screen.REG_STATUSES]).toEqual([...record.REG_STATUSES]);
    const plans = await import('../../db/schema/plans');
    expect([...screen.INSPECTION_MODES]).toEqual([...plans.INSPECTION_MODES]);
  });
});
