/**
 * Turns a normalised complaint text into the hashed features of the trained triage model:
 * Chinese character 1-, 2- and 3-grams, English words, word pairs and character 3- and
 * 4-grams (words after "not", "never", "n't"… are marked negated), "!"/"?" runs, and the
 * lexicon's reading (cue weights per category, emotion, risk, satisfaction, intensity, the
 * evaluative words of each polarity, and negated grievances such as "不后悔").
 * Two marks carry structure: the two characters after a Chinese negator ("不好吃", "没有味道",
 * degree words skipped) hash as negated, and n-grams after a contrast ("但是", "不过", "but")
 * up to the sentence's end hash once more as such, since that clause usually holds the verdict.
 *
 * Training and inference share this one function, so a feature means the same on both sides.
 * Changing a feature changes every hash: retrain (npm run train:triage) in the same commit.
 */
import type { EmotionSignals } from './assess-emotion.js';
import { categoryCues, negators, riskCues } from './lexicons.js';
import type { NormalizedText } from './normalize.js';
import type { CueReading } from './read-cues.js';

/** 2^18 hash buckets: few collisions for a corpus of this size, and a small model file. */
export const defaultFeatureBits = 18;

/** The features of one text: unique buckets with their values and where each was first seen. */
export interface SparseFeatures {
  buckets: Int32Array;
  values: Float32Array;
  /** Offsets of the first occurrence in the normalised text; -1 for lexicon features. */
  starts: Int32Array;
  ends: Int32Array;
}

export interface FeatureExtractor {
  readonly featureBits: number;
  extract(normalized: NormalizedText, reading: CueReading, signals: EmotionSignals): SparseFeatures;
}

// Namespaces: each kind of feature hashes from its own seed, so "好" the character and
// "好" inside a bigram never share a bucket by construction.
const seeds = {
  han1: 0x1b873593,
  han2: 0x2c1b3c6d,
  han3: 0x297a2d39,
  word: 0x6b43a9b5,
  negatedWord: 0x3c6ef372,
  wordPair: 0x5851f42d,
  charGram: 0x14057b7e,
  punctuation: 0x7f4a7c15,
  lexicon: 0x0bad5eed,
  negatedHan1: 0x61c88647,
  negatedHan2: 0x4cf5ad43,
  contrastHan2: 0x3243f6a8,
  contrastWord: 0x2545f491,
} as const;

const fnvPrime = 0x01000193;

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, fnvPrime);
}

/** murmur3's finaliser: spreads the low bits FNV leaves clustered. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashString(seed: number, text: string): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash = mix(hash, text.charCodeAt(index));
  }
  return finish(hash);
}

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Ends a negation's reach and a word pair. */
function isClauseBreak(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x3002 || // 。
    code === 0x3001 || // 、
    code === 0x0a
  );
}

/** Ends the reach of a contrast: the end of a sentence, not a comma. */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0x0a || code === 0x3b;
}

/** Chinese negators (the normalised text is simplified): "不", "没", "无", "别", "未". */
const hanNegators = new Set([0x4e0d, 0x6ca1, 0x65e0, 0x522b, 0x672a]);
/** "别" ends a word after these ("特别好吃" is not "别好吃"): lexicons.ts, with negation.ts. */
const bie = 0x522b;
const wordsEndingInBie = new Set([...negators.zhWordsEndingInBie].map((c) => c.charCodeAt(0)));
/** Degree and copula characters a negation reaches over: 不太好, 没有味道, 不是很新鲜, 不怎么样. */
const hanNegationSkips = new Set([...'太很是有够大怎那算这么十分特别'].map((c) => c.charCodeAt(0)));
/** Two-character contrasts ("但" alone counts too); the clause after one usually decides. */
const hanContrasts = new Set(['但', '可是', '不过', '只是', '就是', '却', '然而', '可惜']);
/** First characters of the contrasts: a cheap test before building a string. */
const contrastStarts = new Set([...hanContrasts].map((word) => word.charCodeAt(0)));
const englishContrasts = new Set(['but', 'however', 'though', 'yet']);

const englishNegators = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'without',
  'hardly',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
]);
/** How many words after a negator read as negated ("not very good at all"). */
const negationReach = 3;

const maxLexiconValue = 3;

interface LexiconFeature {
  bucket: number;
  value: (reading: CueReading, signals: EmotionSignals) => number;
}

function sumWeights(cues: readonly { weight: number }[]): number {
  let sum = 0;
  for (const cue of cues) {
    sum += cue.weight;
  }
  return sum;
}

function lexiconFeatures(mask: number): LexiconFeature[] {
  const bucket = (name: string): number => hashString(seeds.lexicon, name) & mask;
  const features: LexiconFeature[] = [];
  for (const label of Object.keys(categoryCues)) {
    features.push({
      bucket: bucket(`category:${label}`),
      value: (reading) => sumWeights(reading.categories.filter((cue) => cue.label === label)),
    });
  }
  for (const label of ['angry', 'disappointed', 'anxious'] as const) {
    features.push({ bucket: bucket(`emotion:${label}`), value: (_, signals) => signals.evidence[label] });
  }
  for (const label of Object.keys(riskCues)) {
    features.push({
      bucket: bucket(`risk:${label}`),
      value: (reading) => sumWeights(reading.risks.filter((cue) => cue.label === label)),
    });
  }
  features.push(
    { bucket: bucket('satisfied'), value: (reading) => sumWeights(reading.satisfied) },
    { bucket: bucket('negated-grievance'), value: (reading) => sumWeights(reading.negated) },
    { bucket: bucket('polarity:positive'), value: (reading) => sumWeights(reading.positive) },
    { bucket: bucket('polarity:negative'), value: (reading) => sumWeights(reading.negative) },
    { bucket: bucket('lost-time'), value: (reading) => sumWeights(reading.lostTime) },
    { bucket: bucket('intensity'), value: (_, signals) => signals.intensifier },
  );
  return features;
}

/**
 * Builds an extractor with its own scratch space (2^bits counters). Not re-entrant, like any
 * synchronous function over a buffer: one extractor per thread.
 */
export function createFeatureExtractor(featureBits: number = defaultFeatureBits): FeatureExtractor {
  const size = 1 << featureBits;
  const mask = size - 1;
  const counts = new Float32Array(size);
  const firstStart = new Int32Array(size);
  const firstEnd = new Int32Array(size);
  let touched = new Int32Array(1024);
  let touchedCount = 0;
  const lexicon = lexiconFeatures(mask);
  // Which script dominates: lets each language keep its own prior on every head.
  const scriptBuckets = {
    han: hashString(seeds.lexicon, 'script:han') & mask,
    latin: hashString(seeds.lexicon, 'script:latin') & mask,
  };
  let hanCount = 0;
  let latinCount = 0;

  const add = (hash: number, start: number, end: number): void => {
    const bucket = hash & mask;
    if (counts[bucket] === 0) {
      if (touchedCount === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[touchedCount++] = bucket;
      firstStart[bucket] = start;
      firstEnd[bucket] = end;
    }
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  };

  /** "不好吃" → negated "好" and "好吃"; "没有味道" → negated "味" and "味道". */
  const addHanNegation = (text: string, at: number): void => {
    let target = at + 1;
    let skipped = 0;
    while (target < text.length && skipped < 2 && hanNegationSkips.has(text.charCodeAt(target))) {
      target++;
      skipped++;
    }
    const first = target < text.length ? text.charCodeAt(target) : 0;
    if (!isHan(first)) {
      return;
    }
    add(finish(mix(seeds.negatedHan1, first)), at, target + 1);
    const second = target + 1 < text.length ? text.charCodeAt(target + 1) : 0;
    if (isHan(second)) {
      add(finish(mix(mix(seeds.negatedHan2, first), second)), at, target + 2);
    }
  };

  const scanText = (text: string): void => {
    const length = text.length;
    let previousWord = 0;
    let hasPreviousWord = false;
    let negatedLeft = 0;
    let afterContrast = false;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (isHan(code)) {
        hasPreviousWord = false;
        negatedLeft = 0;
        hanCount++;
        add(finish(mix(seeds.han1, code)), index, index + 1);
        if (
          hanNegators.has(code) &&
          !(code === bie && index > 0 && wordsEndingInBie.has(text.charCodeAt(index - 1)))
        ) {
          addHanNegation(text, index);
        }
        const second = index + 1 < length ? text.charCodeAt(index + 1) : 0;
        if (
          contrastStarts.has(code) &&
          (hanContrasts.has(text.charAt(index)) ||
            (isHan(second) && hanContrasts.has(text.slice(index, index + 2))))
        ) {
          afterContrast = true;
        }
        if (isHan(second)) {
          add(finish(mix(mix(seeds.han2, code), second)), index, index + 2);
          if (afterContrast) {
            add(finish(mix(mix(seeds.contrastHan2, code), second)), index, index + 2);
          }
          const third = index + 2 < length ? text.charCodeAt(index + 2) : 0;
          if (isHan(third)) {
            add(finish(mix(mix(mix(seeds.han3, code), second), third)), index, index + 3);
          }
        }
        index++;
        continue;
      }
      if (isWordChar(code)) {
        const start = index;
        let end = index;
        // A word: letters and digits, with inner apostrophes ("didn't"); digits fold to 0.
        while (end < length) {
          const c = text.charCodeAt(end);
          if (isWordChar(c)) {
            end++;
          } else if (c === 0x27 && end + 1 < length && isWordChar(text.charCodeAt(end + 1))) {
            end++;
          } else {
            break;
          }
        }
        latinCount += end - start;
        let wordHash: number = seeds.word;
        for (let at = start; at < end; at++) {
          const c = text.charCodeAt(at);
          wordHash = mix(wordHash, c >= 0x30 && c <= 0x39 ? 0x30 : c);
        }
        const word = finish(wordHash);
        if (afterContrast) {
          add(finish(mix(word, seeds.contrastWord)), start, end);
        }
        if (negatedLeft > 0) {
          add(finish(mix(word, seeds.negatedWord)), start, end);
          negatedLeft--;
        } else {
          add(word, start, end);
        }
        if (hasPreviousWord) {
          add(finish(mix(mix(seeds.wordPair, previousWord), word)), start, end);
        }
        previousWord = word;
        hasPreviousWord = true;
        // Character 3- and 4-grams of "<word>", so "refund", "refunded" and "refunds" meet.
        if (end - start >= 2 && end - start <= 20) {
          const gramLength = end - start + 2;
          for (let gramStart = 0; gramStart + 3 <= gramLength; gramStart++) {
            let hash: number = seeds.charGram;
            for (let offset = 0; offset < 4 && gramStart + offset < gramLength; offset++) {
              const at = gramStart + offset;
              const c = at === 0 || at === gramLength - 1 ? 0x20 : text.charCodeAt(start + at - 1);
              hash = mix(hash, c >= 0x30 && c <= 0x39 ? 0x30 : c);
              if (offset >= 2) {
                add(finish(hash), start, end);
              }
            }
          }
        }
        const isNegator =
          englishNegators.has(text.slice(start, end)) ||
          (end - start > 3 && text.charCodeAt(end - 1) === 0x74 && text.slice(end - 3, end) === "n't");
        if (isNegator) {
          negatedLeft = negationReach;
        } else if (englishContrasts.has(text.slice(start, end))) {
          negatedLeft = 0;
          afterContrast = true;
        }
        index = end;
        continue;
      }
      if (code === 0x21 || code === 0x3f) {
        let end = index + 1;
        while (end < length && (text.charCodeAt(end) === 0x21 || text.charCodeAt(end) === 0x3f)) {
          end++;
        }
        const run = Math.min(end - index, 3);
        add(finish(mix(mix(seeds.punctuation, code), run)), index, end);
        hasPreviousWord = false;
        negatedLeft = 0;
        afterContrast = false;
        index = end;
        continue;
      }
      if (isClauseBreak(code)) {
        hasPreviousWord = false;
        negatedLeft = 0;
      }
      if (isSentenceEnd(code)) {
        afterContrast = false;
      }
      index++;
    }
  };

  return {
    featureBits,
    extract(normalized, reading, signals) {
      touchedCount = 0;
      hanCount = 0;
      latinCount = 0;
      scanText(normalized.text);
      let norm = 0;
      for (let at = 0; at < touchedCount; at++) {
        const bucket = touched[at] ?? 0;
        const value = 1 + Math.log(counts[bucket] ?? 1);
        counts[bucket] = value;
        norm += value * value;
      }
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      const lexiconValues: number[] = [];
      for (const feature of lexicon) {
        lexiconValues.push(Math.min(feature.value(reading, signals), maxLexiconValue * 2) / maxLexiconValue);
      }
      const total = touchedCount + lexicon.length + 1;
      const buckets = new Int32Array(total);
      const values = new Float32Array(total);
      const starts = new Int32Array(total);
      const ends = new Int32Array(total);
      for (let at = 0; at < touchedCount; at++) {
        const bucket = touched[at] ?? 0;
        buckets[at] = bucket;
        values[at] = (counts[bucket] ?? 0) * scale;
        starts[at] = firstStart[bucket] ?? -1;
        ends[at] = firstEnd[bucket] ?? -1;
        counts[bucket] = 0;
      }
      // Lexicon features stay outside the length normalisation: a cue weighs the same in a
      // tweet and in a letter. They may share a bucket with a text feature; both then count.
      let used = touchedCount;
      for (let at = 0; at < lexicon.length; at++) {
        const value = lexiconValues[at] ?? 0;
        if (value !== 0) {
          buckets[used] = lexicon[at]?.bucket ?? 0;
          values[used] = value;
          starts[used] = -1;
          ends[used] = -1;
          used++;
        }
      }
      if (hanCount + latinCount > 0) {
        buckets[used] = hanCount * 2 >= latinCount ? scriptBuckets.han : scriptBuckets.latin;
        values[used] = 1;
        starts[used] = -1;
        ends[used] = -1;
        used++;
      }
      return {
        buckets: buckets.subarray(0, used),
        values: values.subarray(0, used),
        starts: starts.subarray(0, used),
        ends: ends.subarray(0, used),
      };
    },
  };
}
