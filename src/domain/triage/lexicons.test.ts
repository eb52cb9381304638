import { describe, expect, it } from 'vitest';
import {
  categoryCues,
  emotionCues,
  intensifierCues,
  lostTimeCues,
  polarityCues,
  riskCues,
  satisfactionCues,
  type CueWeights,
} from './lexicons.js';
import { normalizeText } from './normalize.js';
import { readCues } from './read-cues.js';

const tables: [string, CueWeights][] = [
  ...Object.entries(categoryCues).flatMap(([category, lexicon]): [string, CueWeights][] => [
    [`${category} topics`, lexicon.topics],
    [`${category} faults`, lexicon.faults],
  ]),
  ...Object.entries(emotionCues),
  ...Object.entries(riskCues),
  ['satisfaction', satisfactionCues],
  ['intensifiers', intensifierCues],
  ['lost time', lostTimeCues],
  ['positive polarity', polarityCues.positive],
  ['negative polarity', polarityCues.negative],
];

describe('lexicons', () => {
  it.each(tables)('writes the %s cues as normalised text, so they can match', (_name, weights) => {
    for (const term of Object.keys(weights)) {
      const written = term.endsWith('*') ? term.slice(0, -1) : term;
      expect(normalizeText(written).text).toBe(written);
    }
  });

  it.each(tables)('weighs the %s cues between 0 and 3', (_name, weights) => {
    for (const weight of Object.values(weights)) {
      expect(weight).toBeGreaterThanOrEqual(0);
      expect(weight).toBeLessThanOrEqual(3);
    }
  });

  it('marks stems only on English terms', () => {
    for (const [, weights] of tables) {
      for (const term of Object.keys(weights).filter((key) => key.endsWith('*'))) {
        expect(term).toMatch(/^[a-z' -]+\*$/);
      }
    }
  });
});

describe('polarity and negated grievances', () => {
  const words = (cues: readonly { start: number; end: number }[], text: string): string[] =>
    cues.map((cue) => text.slice(cue.start, cue.end));

  it('never lists a word as both positive and negative', () => {
    for (const term of Object.keys(polarityCues.positive)) {
      expect(Object.keys(polarityCues.negative)).not.toContain(term);
    }
  });

  it('reads evaluative words by polarity', () => {
    const text = normalizeText('房间宽敞，早餐丰富，就是隔音太差').text;
    const reading = readCues(text);
    expect(words(reading.positive, text)).toEqual(['宽敞', '丰富']);
    expect(words(reading.negative, text)).toEqual(['太差']);
  });

  it('turns a negated positive word negative and a negated negative word faintly positive', () => {
    const text = '位置不太方便，价格倒是不贵';
    const reading = readCues(text);
    expect(words(reading.negative, text)).toEqual(['不太方便']);
    expect(words(reading.positive, text)).toEqual(['不贵']);
    expect(reading.positive[0]?.weight).toBe((polarityCues.negative['贵'] ?? 0) / 2);
  });

  it('reads "别" as a negator only where it is not the end of a word: "特别好吃" is praise', () => {
    for (const text of ['特别好吃', '分别点了两份，都好吃']) {
      const reading = readCues(text);
      expect(words(reading.positive, text)).toEqual(['好吃']);
      expect(reading.negative).toEqual([]);
    }
    const satisfied = readCues('特别满意');
    expect(satisfied.satisfied.length).toBe(1);
    expect(satisfied.emotions).toEqual([]);
    // "别" on its own still negates: "千万别贵了" is faint praise of a price.
    expect(words(readCues('千万别贵了').positive, '千万别贵了')).toEqual(['别贵']);
  });

  it('reads "不好吃" once, as negative, and blocks words inside longer ones', () => {
    const bad = readCues('不好吃');
    expect(words(bad.negative, '不好吃')).toEqual(['不好']);
    expect(bad.positive).toEqual([]);
    const cool = readCues('房间很凉快，慢用');
    expect(cool.negative).toEqual([]);
  });

  it('keeps negated grievances apart: "不后悔", "没有让人失望" count as neither emotion', () => {
    for (const text of ['一点都不后悔', '没有让人失望', '并不令人失望', '不会后悔']) {
      const reading = readCues(text);
      expect(reading.emotions).toEqual([]);
      expect(reading.negated.length).toBeGreaterThan(0);
    }
    // Without the negation the same words are disappointment.
    expect(readCues('很后悔').emotions.map((cue) => cue.label)).toEqual(['disappointed']);
  });
});
