/** The tag colour of each credit-risk class (the words are the core's: subjects/vocabulary.shared.ts RISK_LABELS). */
export const RISK_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
