// The credit area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/credit/ is internal to it (lint: area-boundaries).
export { proposeCreditChange, type CreditProposal } from './proposals';
