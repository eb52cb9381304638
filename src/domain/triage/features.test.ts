import { describe, expect, it } from 'vitest';
import { readEmotionSignals } from './assess-emotion.js';
import { createFeatureExtractor } from './features.js';
import { normalizeText } from './normalize.js';
import { readCues } from './read-cues.js';

const extractor = createFeatureExtractor(18);
function featuresOf(text: string): Map<number, number> {
  const normalized = normalizeText(text);
  const reading = readCues(normalized.text);
  const features = extractor.extract(normalized, reading, readEmotionSignals(normalized, reading));
  const map = new Map<number, number>();
  features.buckets.forEach((bucket, index) =>
    map.set(bucket, (map.get(bucket) ?? 0) + (features.values[index] ?? 0)),
  );
  return map;
}

describe('feature hashing', () => {
  it('gives the same buckets and values for the same text, every time', () => {
    const text = '快递三天没到，客服也不回复！The courier never showed up.';
    expect([...featuresOf(text)]).toEqual([...featuresOf(text)]);
    expect(featuresOf(text).size).toBeGreaterThan(30);
  });

  it('reads traditional characters as their simplified forms', () => {
    expect([...featuresOf('服務態度很差，房間的冷氣壞了')]).toEqual([
      ...featuresOf('服务态度很差，房间的冷气坏了'),
    ]);
  });

  it('ignores HTML tags, URLs, phone numbers and order codes', () => {
    const plain = featuresOf('菜里有头发 the soup was cold');
    const noisy = featuresOf(
      '<p>菜里有头发</p> https://shop.example.com/o/123 13812345678 JD2024031512315 the <b>soup</b> was cold',
    );
    expect([...noisy.keys()].sort()).toEqual([...plain.keys()].sort());
  });

  it('marks English words after a negation as negated', () => {
    const bad = featuresOf('the food was bad');
    const notBad = featuresOf('the food was not bad');
    const onlyInBad = [...bad.keys()].filter((bucket) => !notBad.has(bucket));
    expect(onlyInBad.length).toBeGreaterThan(0);
  });

  it('keeps text features at unit length whatever the length of the text', () => {
    const lengthOf = (text: string): number => {
      const normalized = normalizeText(text);
      const features = extractor.extract(
        normalized,
        {
          categories: [],
          emotions: [],
          risks: [],
          intensifiers: [],
          lostTime: [],
          satisfied: [],
          negated: [],
          positive: [],
          negative: [],
        },
        readEmotionSignals(normalized, readCues('')),
      );
      // Text features only: the script feature, like the lexicon's, stays outside (start -1).
      let squares = 0;
      features.values.forEach((value, index) => {
        squares += (features.starts[index] ?? -1) >= 0 ? value * value : 0;
      });
      return Math.sqrt(squares);
    };
    expect(lengthOf('abc def')).toBeCloseTo(1, 5);
    expect(lengthOf('送餐太慢了'.repeat(50))).toBeCloseTo(1, 5);
  });

  it('marks the two characters after a Chinese negator and the clause after a contrast', () => {
    const noCues = {
      categories: [],
      emotions: [],
      risks: [],
      intensifiers: [],
      lostTime: [],
      satisfied: [],
      negated: [],
      positive: [],
      negative: [],
    };
    const textBuckets = (text: string): Set<number> => {
      const normalized = normalizeText(text);
      const features = extractor.extract(normalized, noCues, readEmotionSignals(normalized, noCues));
      return new Set(features.buckets);
    };
    const without = (set: Set<number>, ...others: Set<number>[]): number[] =>
      [...set].filter((bucket) => others.every((other) => !other.has(bucket)));
    // "不好吃" and "不太好吃" share a negated "好吃" that no plain n-gram of either carries.
    const negatedShared = without(textBuckets('不好吃'), textBuckets('好吃'), textBuckets('不'));
    expect(negatedShared.filter((bucket) => textBuckets('不太好吃').has(bucket))).toHaveLength(2);
    // After "但是" the clause is hashed once more, up to the sentence's end: the space keeps
    // n-grams from crossing into "好吃", so only the contrast mark is left over.
    const extra = (text: string): number[] =>
      without(textBuckets(text), textBuckets('价格贵,但是'), textBuckets('好吃'));
    expect(extra('价格贵,但是 好吃')).toHaveLength(1);
    expect(extra('价格贵,但是。好吃')).toEqual([]);
  });

  it('gives an emoji-only or empty text no text features', () => {
    expect(featuresOf('😡😡😡👎').size).toBe(0);
    expect(featuresOf('').size).toBe(0);
  });
});
