import { KB } from './budgets.ts';

/** Bytes as KB of 1,000 bytes, one decimal: 15360 → "15.4 KB". */
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (milliseconds: number) => `${Math.round(milliseconds)} ms`;
export const seconds = (value: number) => `${value.toFixed(1)} s`;
export const percent = (share: number) => `${Math.round(share * 100)} %`;
/** A share with one decimal, where a rounded figure could hide a missed budget: 0.796 → "79.6 %". */
export const percent1 = (share: number) => `${(share * 100).toFixed(1)} %`;
