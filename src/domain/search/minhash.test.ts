import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandCount,
  estimatedSimilarity,
  minHash,
  nearDuplicateSimilarity,
  signatureSize,
} from './minhash.js';

const cake =
  '我在贵店订购的生日蛋糕送到时已经完全变形,奶油化了一大半,孩子的生日会被毁了。订单号 A12345,希望全额退款并道歉。';
const parcel =
  'The courier left my parcel at the wrong address and now it is gone. Order 5531. I want a full refund or a replacement today.';

const similarity = (a: string, b: string) =>
  estimatedSimilarity(minHash(a)!.signature, minHash(b)!.signature);
const sharesBand = (a: string, b: string) =>
  minHash(a)!.bands.some((band) => minHash(b)!.bands.includes(band));

describe('MinHash near duplicates', () => {
  it('finds the same complaint with another order number and punctuation', () => {
    const copy = cake.replace('A12345', 'B99881').replace('毁了。', '毁了!');
    expect(similarity(cake, copy)).toBeGreaterThanOrEqual(nearDuplicateSimilarity);
    expect(sharesBand(cake, copy)).toBe(true);
    const english = parcel.replace('5531', '7720').replace('gone', 'lost');
    expect(similarity(parcel, english)).toBeGreaterThanOrEqual(nearDuplicateSimilarity);
  });

  it('keeps unrelated complaints apart', () => {
    const hotel = '酒店房间的空调一整晚都在漏水,前台说没有空房可以换,服务态度非常差,我要投诉值班经理。';
    expect(similarity(cake, hotel)).toBeLessThan(0.2);
    expect(similarity(cake, parcel)).toBeLessThan(0.2);
  });

  it('ignores case, width and spacing differences', () => {
    expect(similarity(parcel, parcel.toUpperCase().replaceAll(' ', '  '))).toBe(1);
    expect(similarity(cake, cake.replaceAll(',', ','))).toBe(1);
  });

  it('says nothing about texts too short to compare', () => {
    expect(minHash('快递丢了')).toBeNull();
    expect(minHash('Parcel lost')).toBeNull();
    expect(minHash('😀😀😀😀😀😀😀😀😀😀😀😀')).toBeNull();
  });

  it('is deterministic and has the documented sizes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const once = minHash(text);
        expect(minHash(text)).toEqual(once);
        if (once) {
          expect(once.signature).toHaveLength(signatureSize);
          expect(once.bands).toHaveLength(bandCount);
          for (const value of [...once.signature, ...once.bands]) {
            expect(Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31).toBe(true);
          }
        }
      }),
    );
  });
});
