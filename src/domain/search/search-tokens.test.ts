import { describe, expect, it } from 'vitest';
import {
  complaintSearchDocument,
  legacySearchTokens,
  searchDocument,
  searchTokens,
} from './search-tokens.js';

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

  it('folds traditional characters to simplified ones before making bigrams', () => {
    expect(searchTokens('服務態度')).toEqual(['服务', '务态', '态度']);
    expect(searchTokens('延誤')).toEqual(searchTokens('延误'));
    expect(searchTokens('物流延誤三天')).toEqual(['物流', '流延', '延误', '误三', '三天']);
    expect(searchTokens('ＡＢＣ')).toEqual(['abc']);
  });

  it('stems English words so word forms find each other', () => {
    expect(searchTokens('Delivered late, refunds lost')).toEqual(['deliver', 'late', 'refund', 'lose']);
    expect(searchTokens('delivery')).toEqual(searchTokens('delivered'));
  });

  it('keeps the version-1 tokens for rows not yet reindexed', () => {
    expect(legacySearchTokens('延誤 Delivered')).toEqual(['延誤', 'delivered']);
  });

  it('builds a complaint document from its searchable fields', () => {
    expect(
      complaintSearchDocument({
        subject: '快遞延誤',
        description: 'Parcels delayed',
        expectation: null,
        customerName: 'Wang',
        orderRef: 'JD-1',
        productRef: undefined,
      }),
    ).toBe('快递 递延 延误 parcel delay wang jd 1');
  });

  it('tokenizes fast enough for intake', () => {
    const text = '快遞延誤了三天，客服態度很差。The parcel was delivered late and the refund never arrived.';
    const start = performance.now();
    let tokens = 0;
    for (let i = 0; i < 5_000; i++) tokens += searchTokens(text).length;
    const perSecond = tokens / ((performance.now() - start) / 1000);
    expect(perSecond).toBeGreaterThan(500_000);
  });

  it('bounds the stored document', () => {
    expect(searchDocument(['好'.repeat(50_000)], 100).split(' ')).toHaveLength(100);
    expect(searchDocument([null, undefined, 'ok'])).toBe('ok');
  });
});
