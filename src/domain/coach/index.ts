/**
 * The reply coach: checks an agent's draft against the taboos of complaint handling and
 * for what a good reply has. Import from here, not from the files behind it.
 */
export { coachExamples, type CoachExample } from './catalogue.js';
export {
  coachLocales,
  coachRules,
  missingRules,
  type CoachFinding,
  type CoachLocale,
  type CoachRule,
  type DraftLanguage,
} from './finding.js';
export { reviewReply } from './review-reply.js';
