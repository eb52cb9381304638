import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachRules, missingRules, type CoachLocale, type CoachRule } from './finding.js';
import { ruleWords } from './messages.js';
import { reviewReply } from './review-reply.js';

const rulesOf = (text: string, locale?: CoachLocale) =>
  reviewReply(text, locale).map((finding) => finding.rule);

/** The words the first finding of `rule` points at. */
function quoteOf(text: string, rule: CoachRule): string | undefined {
  const finding = reviewReply(text).find((f) => f.rule === rule);
  return finding === undefined ? undefined : text.slice(finding.start, finding.end);
}

/** [rule, draft, the offending words the finding must point at] */
// prettier-ignore
const offending: [CoachRule, string, string][] = [
  ['negating_but', '我理解您的心情，但是公司规定拆封后不能退货。', '但是'],
  ['negating_but', '非常抱歉给您带来不便。不过根据规定，我们无法退款。', '不过'],
  ['negating_but', '您说得没错，可是我们也是按流程办事。', '可是'],
  ['negating_but', 'I see why you are upset, but the rules do not allow a refund.', 'but'],
  ['negating_but', 'I understand your frustration. However, the fare is non-refundable.', 'However'],
  ['negating_but', 'Although I understand your frustration, the policy does not allow refunds.', 'Although'],
  ['blame_shifting', '这不是我们的责任，是合作方的问题。', '不是我们的责任'],
  ['blame_shifting', '质量问题请您直接联系商家处理。', '您直接联系商家'],
  ['blame_shifting', '都怪新来的实习生没有经验。', '都怪新来的'],
  ['blame_shifting', "It's the courier's fault, not ours.", "It's the courier's fault"],
  ['blame_shifting', 'You will need to contact the airline about your bags.', 'You will need to contact the airline'],
  ['blame_shifting', 'That is beyond our control.', 'beyond our control'],
  ['why_question', '您为什么不早点联系我们？', '为什么'],
  ['why_question', '您怎么不在家等快递呢？', '怎么'],
  ['why_question', "Why didn't you check the box before signing?", 'Why'],
  ['why_question', 'How come you did not tell us earlier?', 'How come'],
  ['why_question', "I don't understand why you are so upset.", 'why'],
  ['over_promise', '我保证以后再也不会发生。', '保证以后再也不会'],
  ['over_promise', '我马上给您全额退款。', '马上给您全额退款'],
  ['over_promise', 'I guarantee this will never happen again.', 'I guarantee this will never happen again'],
  ['over_promise', 'We will compensate you for all your losses.', 'compensate you for all your losses'],
  ['vague_promise', '我们会改进的，请您理解。', '我们会改进'],
  ['vague_promise', '我们会尽快为您安排退款。', '尽快'],
  ['vague_promise', '有结果会第一时间通知您。', '有结果会第一时间通知'],
  ['vague_promise', 'We will look into it.', 'We will look into it'],
  ['vague_promise', 'We will refund you as soon as possible.', 'as soon as possible'],
  ['minimizing', '高峰期排队是很正常的。', '排队是很正常的'],
  ['minimizing', '这只是个小问题。', '只是个小问题'],
  ['minimizing', '包裹只晚了一天。', '只晚了一天'],
  ['minimizing', 'This happens all the time.', 'This happens all the time'],
  ['minimizing', "It's only a scratch.", "It's only a scratch"],
  ['minimizing', '请您冷静一点。', '请您冷静一点'],
  ['minimizing', '您先冷静一下，我们再谈。', '您先冷静一下'],
  ['minimizing', 'Calm down, please.', 'Calm down'],
  ['arguing', '系统显示您已经签收了。', '系统显示您'],
  ['arguing', '您可能记错了。', '您可能记错了'],
  ['arguing', "That's not true.", "That's not true"],
  ['arguing', 'Our records show the parcel was delivered.', 'Our records show'],
  ['blaming_customer', '这是您自己操作不当造成的。', '是您自己操作'],
  ['blaming_customer', '您应该先看说明书。', '您应该先看'],
  ['blaming_customer', '您下单时选错了尺码。', '您下单时选错'],
  ['blaming_customer', 'You should have read the terms.', 'You should have read'],
  ['blaming_customer', 'As I already told you, the fee applies.', 'As I already told'],
  ['blaming_customer', 'You selected the wrong size.', 'You selected the wrong'],
];

/** Drafts that look like a taboo but are not one: the rule must not fire. */
// prettier-ignore
const lookAlikes: [CoachRule, string][] = [
  ['negating_but', '不但为您退款，而且送您一张优惠券。'],
  ['negating_but', '价格没有变化，但是包装升级了。'],
  ['negating_but', '我理解您的不满，不过我们已经为您重新做了一份，五分钟内上桌。'],
  ['negating_but', 'Not only did we refund you, but also we sent a voucher.'],
  ['negating_but', 'We offer nothing but apologies, and I have refunded you today.'],
  ['negating_but', "I'm sorry, but I have good news: your refund was approved this morning."],
  ['blame_shifting', '这不是您的错，我们来处理。'],
  ['blame_shifting', '我已经联系快递公司加急派送。'],
  ['blame_shifting', '确实是仓库发错了货，这是我们的责任。'],
  ['blame_shifting', '这是我们服务员的失误，非常抱歉。'],
  ['blame_shifting', 'This is not your fault.'],
  ['blame_shifting', 'I have contacted the courier and booked a redelivery for tomorrow.'],
  ['why_question', '我明白您为什么生气。'],
  ['why_question', '我们正在查明为什么会出现这种情况。'],
  ['why_question', 'I see why you are upset.'],
  ['why_question', 'We will find out why your card was declined.'],
  ['why_question', "That's why we refunded the fee today."],
  ['over_promise', '我们会保证您的退款今天到账。'],
  ['over_promise', '我不能保证百分之百找回，但我会每天下午给您同步进展。'],
  ['over_promise', "I can't guarantee the exact slot, but the driver will call you before arriving tomorrow."],
  ['vague_promise', '我们会在明天中午12点前核实完毕并给您回复。'],
  ['vague_promise', 'I will call you back by 3 pm today.'],
  ['vague_promise', '退款到账后，我会第一时间短信通知您。'],
  ['vague_promise', 'We hope to see you again soon.'],
  ['vague_promise', 'I will call you as soon as the refund lands.'],
  ['minimizing', '这不是小事，我们非常重视。'],
  ['minimizing', '正常情况下，退款会在3个工作日内到账。'],
  ['minimizing', '您会生气是很正常的，换作是我也一样。'],
  ['minimizing', '您不用担心，我已经为您办好了退款。'],
  ['minimizing', 'This is not normal, and I am sorry it happened.'],
  ['minimizing', "It's completely normal to feel upset about this."],
  ['minimizing', 'If it happens again, call me directly.'],
  ['minimizing', '我们会冷静地核实情况，今天下午五点前给您回复。'],
  ['arguing', '您说得对，是我们的问题。'],
  ['arguing', '您没有记错，确实是我们的问题。'],
  ['arguing', 'You are right, and I am sorry.'],
  ['blaming_customer', '这不是您的错。'],
  ['blaming_customer', '不是您的问题，是我们的失误。'],
  ['blaming_customer', '您应该已经收到短信了。'],
  ['blaming_customer', '非常理解您错过转机的心情。'],
  ['blaming_customer', 'None of this is your fault.'],
  ['blaming_customer', 'You should have received an email by now.'],
  ['repeated_apology', '非常抱歉让您久等，店长会登门道歉，再次向您致歉。'],
  ['repeated_apology', 'Sorry for the wait; our manager will apologise in person tomorrow.'],
];

describe('reviewReply', () => {
  it('answers the contract examples of CONTRACT.md §9', () => {
    expect(rulesOf('这不是我们的责任,是合作方的问题。')).toContain('blame_shifting');
    const vague = rulesOf('我们会改进的,请您理解。');
    expect(vague).toContain('vague_promise');
    expect(vague).not.toContain('over_promise');
    expect(
      rulesOf('我理解您当时一定感到非常委屈。我已经为您提交了退款,今天下班前会到账,到账后我会短信通知您。'),
    ).toEqual([]);
    const but = rulesOf('I see why you are upset, but the rules do not allow a refund.');
    expect(but).toContain('negating_but');
    expect(but).not.toContain('why_question');
  });

  it.each(offending)('finds %s in "%s" at the words "%s"', (rule, text, words) => {
    expect(quoteOf(text, rule)).toBe(words);
  });

  it.each(lookAlikes)('does not read %s into "%s"', (rule, text) => {
    expect(rulesOf(text)).not.toContain(rule);
  });

  describe('repeated apologies', () => {
    it('points at the same apology said twice in a row', () => {
      const text = '对不起，对不起，我们马上处理。';
      const finding = reviewReply(text).find((f) => f.rule === 'repeated_apology')!;
      expect(finding.start).toBe(4);
      expect(text.slice(finding.start, finding.end)).toBe('对不起');
    });

    it('points at the third apology of a draft', () => {
      expect(quoteOf('非常抱歉。我们很抱歉。再次向您道歉。', 'repeated_apology')).toBe('道歉');
      expect(quoteOf("I'm sorry. We apologise. Sorry again.", 'repeated_apology')).toBe('Sorry');
    });

    it('accepts one apology at the start and one at the end', () => {
      expect(rulesOf('非常抱歉给您带来不便。我已经为您办理退款，今天到账，再次向您致歉。')).toEqual([]);
    });
  });

  describe('what a full reply lacks', () => {
    it('reports missing empathy, action and time at 0..0 for a whole reply without them', () => {
      const findings = reviewReply('您的包裹我们已经查询过了。目前还在运输途中。');
      expect(findings.map((f) => [f.rule, f.start, f.end])).toEqual([
        ['missing_empathy', 0, 0],
        ['missing_action', 0, 0],
        ['missing_timeframe', 0, 0],
      ]);
      expect(rulesOf('We received your message. Our team has read it carefully.')).toEqual([...missingRules]);
    });

    it('reports only the missing time when empathy and an action are there', () => {
      expect(rulesOf('非常抱歉给您带来不便。我已经为您申请了退款，请留意到账信息。')).toEqual([
        'missing_timeframe',
      ]);
      expect(rulesOf("I'm sorry for the double charge. I have reversed the second charge for you.")).toEqual([
        'missing_timeframe',
      ]);
    });

    it('counts owning the mistake as empathy', () => {
      expect(
        rulesOf('You are absolutely right, and we let you down. I have refunded the seat fee today.'),
      ).toEqual([]);
    });

    it('does not judge a fragment or a greeting plus one line on what it lacks', () => {
      expect(rulesOf('收到您的反馈了。')).toEqual([]);
      expect(rulesOf('您好！包裹还在路上。')).toEqual([]);
      expect(rulesOf('Hi Anna, thanks.')).toEqual([]);
    });

    it('does not count a past duration or a refusal as a time commitment', () => {
      expect(rulesOf('我理解您的心情。但是按照规定，超过七天的订单不能退款，我们也没有办法。')).toEqual([
        'negating_but',
        'missing_action',
        'missing_timeframe',
      ]);
    });

    it('does not count "please understand" as empathy', () => {
      expect(rulesOf('您的订单已经处理完了。请您理解，我们已经为您退款，明天到账。')).toEqual([
        'missing_empathy',
      ]);
    });
  });

  describe('languages and locales', () => {
    it('reads a Chinese draft with the Chinese rules even in an English UI, and answers in English', () => {
      const findings = reviewReply('这不是我们的责任，是合作方的问题。', 'en-US');
      expect(findings.map((f) => f.rule)).toEqual(['blame_shifting']);
      expect(findings[0]!.message).toBe(ruleWords.blame_shifting.message['en-US']);
      expect(findings[0]!.suggestion).toMatch(/^Even when a third party is involved/);
      expect(findings[0]!.suggestion).toContain('我已经联系合作方');
    });

    it('reads an English draft with the English rules in a Chinese UI, and answers in Chinese', () => {
      const findings = reviewReply('We will look into it.', 'zh-CN');
      expect(findings.map((f) => f.rule)).toEqual(['vague_promise']);
      expect(findings[0]!.message).toBe(ruleWords.vague_promise.message['zh-CN']);
      expect(findings[0]!.suggestion).toContain('by 5 pm today');
    });

    it("answers in the draft's language when no locale is given", () => {
      expect(reviewReply('我们会改进的。')[0]!.message).toBe(ruleWords.vague_promise.message['zh-CN']);
      expect(reviewReply('We will look into it.')[0]!.message).toBe(ruleWords.vague_promise.message['en-US']);
    });

    it('suggests a rewrite of the sentence that negates, keeping its empathy', () => {
      const [finding] = reviewReply('我理解您的心情，但是公司规定拆封后不能退货。');
      expect(finding!.suggestion).toContain('我理解您的心情，同时');
      const [english] = reviewReply('I see why you are upset, but the rules do not allow a refund.');
      expect(english!.suggestion).toContain('I see why you are upset, and here is what I can do');
    });

    it('reads traditional characters, full-width and curly punctuation, and capitals', () => {
      expect(quoteOf('我理解您的心情，但是這是規定，我們也沒辦法。', 'negating_but')).toBe('但是');
      expect(quoteOf('您為什麼不早點聯繫我們？', 'why_question')).toBe('為什麼');
      expect(quoteOf('I’m sorry, but that’s our policy.', 'negating_but')).toBe('but');
      expect(quoteOf('I UNDERSTAND, BUT THE POLICY IS CLEAR.', 'negating_but')).toBe('BUT');
    });
  });

  describe('offsets', () => {
    it('are UTF-16 offsets of the offending words, after emoji and other surrogate pairs', () => {
      const chinese = '😡😡 我理解您的心情，但是规定不能退。';
      const finding = reviewReply(chinese).find((f) => f.rule === 'negating_but')!;
      expect(finding.start).toBe(13); // 2 + 2 (two emoji) + 1 (space) + 8
      expect(chinese.slice(finding.start, finding.end)).toBe('但是');
      const english = '🙏🏽 I understand, but the policy is clear.';
      expect(quoteOf(english, 'negating_but')).toBe('but');
      const rare = '𠮷𠮷您为什么不早说？';
      expect(quoteOf(rare, 'why_question')).toBe('为什么');
    });

    it('lists findings in text order with what is missing last', () => {
      const text = '这是快递的问题。您为什么不早说？我们会尽快处理。';
      const findings = reviewReply(text);
      const located = findings.filter((f) => f.end > 0);
      expect(located.map((f) => f.start)).toEqual([...located.map((f) => f.start)].sort((a, b) => a - b));
      expect(findings.map((f) => f.rule)).toEqual([
        'blame_shifting',
        'why_question',
        'vague_promise',
        'missing_empathy',
        'missing_action',
        'missing_timeframe',
      ]);
    });
  });

  it('reads 10,000 characters of repeated taboos without slowing down to a crawl', () => {
    const chinese = '我理解您，但是这是规定，您为什么不早说？'.repeat(500);
    const english = 'I understand, but why did you not call? '.repeat(250);
    const started = performance.now();
    expect(rulesOf(chinese).filter((rule) => rule === 'why_question')).toHaveLength(500);
    expect(rulesOf(english).filter((rule) => rule === 'negating_but')).toHaveLength(250);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws and keeps offsets within the text, for any string', () => {
    const fragments = [
      '但是',
      'but',
      '为什么',
      'why',
      '保证',
      '再也不会',
      '我理解',
      'I understand',
      '。',
      '.',
      ',',
      '，',
      '😀',
      '\n',
      'sorry',
      '对不起',
      ' ',
      'you',
      '您',
      'never again',
      '很正常',
      '快递',
      '的问题',
      '?',
      '？',
    ];
    const drafts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(drafts, fc.option(fc.constantFrom<CoachLocale>('zh-CN', 'en-US')), (text, locale) => {
        const findings = reviewReply(text, locale ?? undefined);
        for (const finding of findings) {
          expect(coachRules).toContain(finding.rule);
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.start).toBeLessThanOrEqual(finding.end);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          if ((missingRules as readonly string[]).includes(finding.rule)) {
            expect([finding.start, finding.end]).toEqual([0, 0]);
          } else {
            expect(finding.end).toBeGreaterThan(finding.start);
          }
          expect(finding.message.length).toBeGreaterThan(0);
        }
        expect(reviewReply(text, locale ?? undefined)).toEqual(findings);
      }),
      { numRuns: 500 },
    );
  });
});
