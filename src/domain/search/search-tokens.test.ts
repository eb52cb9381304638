import { describe, expect, it } from 'vitest';
import { searchDocument, searchTokens } from './search-tokens.js';

describe('search tokens', () => {
  it('turns each Han run into overlapping bigrams so 2-character words are found', () => {
    expect(searchTokens('快递破损')).toEqual(['快递', '递破', '破损']);
    expect(searchTokens('客服')).toEqual(['客服']);
  });

  it('keeps a lone Han character and lower-cases Latin words and numbers', () => {
    expect(searchTokens('A 好 Parcel 123')).toEqual(['a', '好', 'parcel', '123']);
  });

  it('splits mixed text and codes at punctuation', () => {
    expect(searchTokens('订单JD-2026-001已发货')).toEqual(['订单', 'jd', '2026', '001', '已发', '发货']);
  });

  it('treats traditional characters as their own bigrams and folds full-width letters', () => {
    expect(searchTokens('服務態度')).toEqual(['服務', '務態', '態度']);
    expect(searchTokens('ＡＢＣ')).toEqual(['abc']);
  });

  it('bounds the stored document', () => {
    expect(searchDocument(['好'.repeat(50_000)], 100).split(' ')).toHaveLength(100);
    expect(searchDocument([null, undefined, 'ok'])).toBe('ok');
  });
});
