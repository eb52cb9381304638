/**
 * The inputs and outputs of the deadline rule (CONTRACT.md §8).
 */
import type { Complexity } from '../vocabulary.js';

export interface BusinessCalendar {
  /** IANA time zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** JavaScript day numbers (0 = Sunday) that are not business days. */
  weekend: readonly number[];
  /** Local dates 'YYYY-MM-DD' that are days off. */
  holidays: readonly string[];
  /** Local dates 'YYYY-MM-DD' that are business days even on a weekend (调休). */
  workdays: readonly string[];
  /**
   * When the business is open, per JavaScript day number ('0' = Sunday … '6'): local 'HH:MM'
   * ranges. Kept with the calendar for what needs it (staffed hours); the deadline rule of
   * CONTRACT.md §8 counts whole business days and does not read it. Absent: not recorded.
   */
  openingHours?: OpeningHours | undefined;
}

export type OpeningHours = Partial<Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', readonly OpeningRange[]>>;

export interface OpeningRange {
  from: string;
  to: string;
}

export interface DeadlinePolicy {
  firstResponseHours: number;
  resolutionBusinessDays: Record<Complexity, number>;
  /** Hours between customer-visible updates on complex complaints; null: none required. */
  progressUpdateEveryHours: Record<Complexity, number | null>;
  followUpHours: number;
  postMortemHours: number;
  /** The share of a clock's time after which it warns (0–1, exclusive); absent: 0.75. */
  warnAtShare?: number | undefined;
}

export interface DeadlineInput {
  receivedAt: Date;
  complexity: Complexity;
  resolvedAt?: Date | undefined;
}

export interface Deadlines {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  progressUpdateEveryHours: number | null;
  followUpDueAt?: Date;
  postMortemDueAt?: Date;
}
