import { describe, expect, it } from 'vitest';
import {
  categoryCues,
  emotionCues,
  intensifierCues,
  lostTimeCues,
  riskCues,
  satisfactionCues,
  type CueWeights,
} from './lexicons.js';
import { normalizeText } from './normalize.js';

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
