import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDraft } from './fold.js';
import { outlineDraft } from './sentences.js';

const sentencesOf = (text: string) =>
  outlineDraft(foldDraft(text)).sentences.map((s) => text.slice(s.start, s.end));
const clausesOf = (text: string) => {
  const [sentence] = outlineDraft(foldDraft(text)).sentences;
  const starts = [...sentence!.clauseStarts, sentence!.end - sentence!.start];
  return starts
    .slice(0, -1)
    .map((at, index) => text.slice(sentence!.start + at, sentence!.start + starts[index + 1]!));
};

describe('foldDraft', () => {
  it('keeps every character in place while folding', () => {
    expect(foldDraft('您為什麼不早說？ＯＫ，I’M SORRY')).toBe("您为什么不早说?ok,i'm sorry");
    expect(foldDraft('plain text')).toBe('plain text');
  });

  it('keeps the length of any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(foldDraft(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe('outlineDraft', () => {
  it('ends sentences at Chinese and English terminators and line breaks', () => {
    expect(sentencesOf('您好！包裹已寄出。明天到。')).toEqual(['您好！', '包裹已寄出。', '明天到。']);
    expect(sentencesOf('Hello. The refund is done!\nThanks')).toEqual([
      'Hello.',
      'The refund is done!',
      'Thanks',
    ]);
  });

  it('does not end a sentence inside a number, an abbreviation or a time', () => {
    expect(sentencesOf('We will call you by 6.30 p.m. today. Mr. Li will help.')).toEqual([
      'We will call you by 6.30 p.m. today.',
      'Mr. Li will help.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentencesOf('他说：“好的。”然后走了。')).toEqual(['他说：“好的。”', '然后走了。']);
  });

  it('splits clauses at commas, semicolons, colons and enumeration commas', () => {
    expect(clausesOf('我理解您的心情，但是规定、流程都不允许。')).toEqual([
      '我理解您的心情，',
      '但是规定、',
      '流程都不允许。',
    ]);
    expect(clausesOf('I see why you are upset, but the rules do not allow it.')).toEqual([
      'I see why you are upset, ',
      'but the rules do not allow it.',
    ]);
  });

  it('tells each sentence its own language', () => {
    const { sentences, language } = outlineDraft(
      foldDraft('非常抱歉给您带来不便。Your refund is on its way.'),
    );
    expect(sentences.map((s) => s.language)).toEqual(['zh', 'en']);
    expect(language).toBe('zh');
    expect(outlineDraft(foldDraft('Order 12345 from 小王.')).sentences[0]!.language).toBe('en');
  });
});
