/**
 * Near-duplicate texts (PRODUCT.md R13): MinHash over shingles of three tokens, where a token is
 * one Han character or one Latin word or number, with locality-sensitive banding to find
 * candidates through an index (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3).
 *
 * The signature keeps, for each of `signatureSize` hash functions, the smallest hash over the
 * shingles; the share of equal positions estimates the Jaccard similarity of the shingle sets.
 * Bands of `rowsPerBand` positions are hashed into one key each: two texts with Jaccard 0.7
 * share a band key with probability 1 − (1 − 0.7²)¹⁰ ≈ 0.999, two with 0.2 with ≈ 0.33, and the
 * candidate is then kept only if its estimate reaches `nearDuplicateSimilarity`.
 */
const tokenPattern = /\p{Script=Han}|[\p{L}\p{N}]+/gu;

export const signatureSize = 20;
const rowsPerBand = 2;
export const bandCount = signatureSize / rowsPerBand;
/** Estimated Jaccard similarity from which two texts are near duplicates. */
export const nearDuplicateSimilarity = 0.6;
/** Shorter texts say too little to call two of them duplicates ("快递丢了"). */
export const minimumShingles = 8;
/** Long texts: the first part decides (a bounded cost per complaint). */
const maxTokens = 4_000;

export interface MinHash {
  /** `signatureSize` 32-bit signed integers (PostgreSQL integer[]). */
  signature: number[];
  /** One key per band, the band's number mixed in, so equal keys mean an equal band. */
  bands: number[];
}

// Fixed odd multipliers and offsets for the hash family h_i(x) = mix(x * a_i + b_i).
const multipliers = Int32Array.from(
  { length: signatureSize },
  (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab) | 1,
);
const offsets = Int32Array.from({ length: signatureSize }, (_, i) => fmix(0x7f4a7c15 ^ (i * 0x85ebca6b)));

/** murmur3's 32-bit finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over the UTF-16 code units, finalised. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix(h);
}

function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(tokenPattern)) {
    tokens.push(match[0]);
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}

/** The MinHash of a text, or null when it has fewer than `minimumShingles` shingles. */
export function minHash(text: string): MinHash | null {
  const tokens = tokensOf(text);
  const shingleCount = tokens.length - 2;
  if (shingleCount < minimumShingles) return null;
  const shingles = new Set<number>();
  for (let i = 0; i < shingleCount; i++) {
    shingles.add(hashText(`${tokens[i]}\u0001${tokens[i + 1]}\u0001${tokens[i + 2]}`));
  }
  const signature = new Array<number>(signatureSize).fill(0x7fffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < signatureSize; i++) {
      const value = fmix(Math.imul(shingle, multipliers[i]!) + offsets[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return { signature, bands: bandsOf(signature) };
}

/** The LSH band keys of a signature: one per band, the band's number mixed in. */
export function bandsOf(signature: readonly number[]): number[] {
  const bands: number[] = [];
  for (let band = 0; band < bandCount; band++) {
    let h = fmix(band + 1);
    for (let row = 0; row < rowsPerBand; row++) {
      h = fmix(Math.imul(h ^ signature[band * rowsPerBand + row]!, 0x01000193));
    }
    bands.push(h);
  }
  return bands;
}

/** The share of equal positions: an estimate of the Jaccard similarity of two texts' shingles. */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < signatureSize; i++) if (a[i] === b[i]) equal++;
  return equal / signatureSize;
}
