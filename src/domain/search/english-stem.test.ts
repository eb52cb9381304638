import { describe, expect, it } from 'vitest';
import { englishStem } from './english-stem.js';

describe('englishStem', () => {
  it('gives the word forms of a complaint one stem', () => {
    const same = (...words: string[]) => expect(new Set(words.map(englishStem)).size).toBe(1);
    same('delivery', 'deliveries', 'delivered', 'delivering', 'deliver', 'delivers');
    same('refund', 'refunds', 'refunded', 'refunding');
    same('lose', 'lost', 'losing', 'loses');
    same('break', 'broke', 'broken', 'breaking');
    same('pay', 'paid', 'paying', 'pays');
    same('send', 'sent', 'sending');
    same('damage', 'damaged', 'damages');
    same('charge', 'charged', 'charges', 'charging');
    same('reply', 'replied', 'replies');
    same('ship', 'shipped', 'shipping');
    same('hope', 'hoped', 'hoping');
    same('parcel', 'parcels');
    same('stop', 'stopped');
  });

  it('follows Porter2 on its inflectional steps', () => {
    expect(englishStem('caresses')).toBe('caress');
    expect(englishStem('ponies')).toBe('poni');
    expect(englishStem('ties')).toBe('tie');
    expect(englishStem('gas')).toBe('gas');
    expect(englishStem('agreed')).toBe('agre');
    expect(englishStem('luxuriating')).toBe('luxuriat');
    expect(englishStem('hopping')).toBe('hop');
    expect(englishStem('news')).toBe('news');
    expect(englishStem('dying')).toBe('die');
  });

  it('keeps words apart that only share a root', () => {
    expect(englishStem('general')).not.toBe(englishStem('generous'));
    expect(englishStem('every')).toBe('everi');
    expect(englishStem('order')).toBe('order');
  });

  it('leaves short words, numbers and codes as they are', () => {
    expect(englishStem('is')).toBe('is');
    expect(englishStem('jd2026')).toBe('jd2026');
    expect(englishStem('café')).toBe('café');
  });

  it('stems fast enough for intake', () => {
    const words = 'the parcel was delivered late and the refund never arrived after waiting'.split(' ');
    const start = performance.now();
    let n = 0;
    for (let i = 0; i < 20_000; i++) for (const w of words) n += englishStem(w).length;
    const perSecond = (20_000 * words.length) / ((performance.now() - start) / 1000);
    expect(n).toBeGreaterThan(0);
    expect(perSecond).toBeGreaterThan(200_000);
  });
});
