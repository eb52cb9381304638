import { describe, expect, it } from 'vitest';
import { readReplyCoachDoc } from '../../../test/support/coach-drafts.js';
import { coachExamples } from './catalogue.js';
import { coachRules, missingRules } from './finding.js';
import { ruleWords } from './messages.js';
import { reviewReply } from './review-reply.js';

const languages = ['zh', 'en'] as const;
const cases = coachExamples.flatMap((example) => languages.map((language) => ({ ...example, language })));

describe('the rule catalogue', () => {
  it('has one entry per rule, in the order of the contract', () => {
    expect(coachExamples.map((example) => example.rule)).toEqual([...coachRules]);
  });

  it.each(cases)('finds $rule in its bad $language example', ({ rule, bad, language }) => {
    expect(reviewReply(bad[language]).map((finding) => finding.rule)).toContain(rule);
  });

  it.each(cases)('finds nothing at all in the good $language example of $rule', ({ good, language }) => {
    expect(reviewReply(good[language])).toEqual([]);
  });

  it('is what docs/reply-coach.md shows: every example and every seed quote, word for word', () => {
    const doc = readReplyCoachDoc();
    for (const example of coachExamples) {
      expect(doc).toContain(`\`${example.rule}\``);
      expect(doc).toContain(example.quote);
      for (const language of languages) {
        expect(doc).toContain(example.bad[language]);
        expect(doc).toContain(example.good[language]);
      }
    }
  });

  it('suggests rewrites that break no taboo themselves', () => {
    for (const rule of coachRules) {
      for (const language of languages) {
        const findings = reviewReply(ruleWords[rule].example[language]).filter(
          (finding) => !(missingRules as readonly string[]).includes(finding.rule),
        );
        expect({ rule, language, findings }).toEqual({ rule, language, findings: [] });
      }
    }
  });
});
