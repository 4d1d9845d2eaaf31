// The items area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/items/ is internal to it (lint: area-boundaries).
export { type ItemRecord } from './fields';
export { createItem, itemNames, listItems, type ItemView } from './store';
export { ITEM_TEMPLATE } from './template';
export {
  capFor,
  describeCaps,
  frequencyCapFor,
  hasClassCaps,
  lowestFrequencyCap,
  CAP_CLASSES,
  type CapStratum,
  type CappedItem,
  type FrequencyCappedItem,
} from './caps';
export { keyShareOf, keyShareWarning, type KeyShare } from './key-share';
export { firstEffectiveDates, firstItemOfDepartment, itemRefsOf, type ItemRef } from './queries';
export { jointItemsAsOf, type JointItemView, type JointMember } from './joint-store';
