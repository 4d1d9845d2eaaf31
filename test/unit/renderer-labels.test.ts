import { describe, expect, it } from 'vitest';
import { ROLE_LABELS as CORE_LABELS } from '../../electron/core/roles';
import { ROLE_LABELS as SCREEN_LABELS } from '../../renderer/src/app/labels';

// The renderer may import only types from the core, so it keeps its own copy of the role names; they must agree.
describe('role labels', () => {
  it('read the same on screen as in the core’s messages', () => {
    expect(SCREEN_LABELS).toEqual(CORE_LABELS);
  });
});
