/**
 * A light English stemmer for search: "delivered", "delivering", "deliveries" and "delivery"
 * all become "deliver", "refunded" and "refunds" "refund", "lost" and "losing" "lose".
 *
 * It is Porter2 (snowball English) cut down to its inflectional steps (1a plural, 1b -ed/-ing,
 * 1c -y, 5 final -e and -ll) plus "-eri" → "-er" (delivery), and a table of irregular verbs
 * complaints use. The derivational steps 2–4 are left out on purpose: they merge words a
 * search should keep apart (general/generous). Stored tokens and queries both go through it,
 * so a change here needs a new search token version (search-tokens.ts) and the reindex job.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const doubles = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

// Porter2's exceptional forms, and words step 1a must leave alone.
const exceptions: ReadonlyMap<string, string> = new Map([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['atlas', 'atlas'],
  ['bias', 'bias'],
  ['inning', 'inning'],
  ['outing', 'outing'],
  ['canning', 'canning'],
  ['herring', 'herring'],
  ['earring', 'earring'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

// Irregular forms of verbs complaints use → their base form (stemmed like any word).
const irregular = `
lost:lose broke:break broken:break paid:pay sent:send bought:buy told:tell left:leave went:go
gone:go took:take taken:take gave:give given:give got:get gotten:get came:come made:make
said:say kept:keep brought:bring spent:spend thought:think felt:feel wrote:write written:write
ate:eat eaten:eat stole:steal stolen:steal sold:sell held:hold found:find heard:hear rang:ring
rung:ring spoke:speak spoken:speak chose:choose chosen:choose fell:fall fallen:fall tore:tear
torn:tear threw:throw thrown:throw did:do done:do does:do hung:hang shook:shake shaken:shake
forgot:forget forgotten:forget understood:understand stood:stand froze:freeze frozen:freeze
bit:bite bitten:bite built:build caught:catch meant:mean dealt:deal led:lead shut:shut
`;

const irregularStems: ReadonlyMap<string, string> = new Map(
  irregular
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [form, base] = pair.split(':') as [string, string];
      return [form, stemRegular(base)] as const;
    }),
);

// Complaints repeat their words: stems already made are kept, up to a bound.
const recentStems = new Map<string, string>();
const maxRecentStems = 20_000;

/** The stem of a lower-case English word; other words (digits, accents) come back as they are. */
export function englishStem(word: string): string {
  if (word.length <= 2) return word;
  const known = recentStems.get(word);
  if (known !== undefined) return known;
  const stem = !/^[a-z]+$/.test(word)
    ? word
    : (irregularStems.get(word) ?? exceptions.get(word) ?? stemRegular(word));
  if (recentStems.size >= maxRecentStems) recentStems.clear();
  recentStems.set(word, stem);
  return stem;
}

function stemRegular(input: string): string {
  // y as a consonant (at the start, after a vowel) is written Y while stemming.
  let w = input.charAt(0) === 'y' ? 'Y' + input.slice(1) : input;
  w = w.replace(/([aeiouy])y/g, '$1Y');
  const r1 = regionStart(w, /^(gener|commun|arsen)/.exec(w)?.[0].length);
  const r2 = regionStart(w, undefined, r1);

  w = step1a(w);
  if (exceptions.has(w) && exceptions.get(w) === w) return w.toLowerCase();
  w = step1b(w, r1);
  // 1c: y → i after a consonant that is not the first letter (reply → repli, replied → repli).
  if (/[yY]$/.test(w) && w.length > 2 && !isVowel(w, w.length - 2)) w = w.slice(0, -1) + 'i';
  // delivery → deliveri → deliver (not for short words: every, query).
  if (w.length >= 6 && w.endsWith('eri')) w = w.slice(0, -1);
  w = step5(w, r1, r2);
  return w.toLowerCase();
}

function isVowel(w: string, i: number): boolean {
  return vowels.has(w.charAt(i));
}

/** Where R1 (or R2, from `from`) starts: after the first non-vowel that follows a vowel. */
function regionStart(w: string, fixed: number | undefined, from = 0): number {
  if (fixed !== undefined) return fixed;
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w, i) && isVowel(w, i - 1)) return i + 1;
  return w.length;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(w, i)) return true;
  return false;
}

/** A short syllable ends at `end` (exclusive): consonant-vowel-consonant (not w, x, Y), or vowel-consonant at the start. */
function endsShortSyllable(w: string, end: number): boolean {
  if (end === 2) return isVowel(w, 0) && !isVowel(w, 1);
  if (end < 3) return false;
  const last = w.charAt(end - 1);
  return !isVowel(w, end - 3) && isVowel(w, end - 2) && !isVowel(w, end - 1) && !'wxY'.includes(last);
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ied') || w.endsWith('ies')) return w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  if (w.endsWith('us') || w.endsWith('ss')) return w;
  // s goes when a vowel comes before the letter preceding it (gas, this stay; parcels → parcel)
  if (w.endsWith('s') && hasVowel(w, w.length - 2)) return w.slice(0, -1);
  return w;
}

function step1b(w: string, r1: number): string {
  for (const suffix of ['eedly', 'eed']) {
    if (w.endsWith(suffix)) return w.length - suffix.length >= r1 ? w.slice(0, -suffix.length) + 'ee' : w;
  }
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (!hasVowel(stem, stem.length)) return w;
    if (/(at|bl|iz)$/.test(stem)) return stem + 'e';
    if (doubles.has(stem.slice(-2))) return stem.slice(0, -1);
    if (r1 >= stem.length && endsShortSyllable(stem, stem.length)) return stem + 'e';
    return stem;
  }
  return w;
}

function step5(w: string, r1: number, r2: number): string {
  if (w.endsWith('e')) {
    const at = w.length - 1;
    if (at >= r2 || (at >= r1 && !endsShortSyllable(w, at))) return w.slice(0, -1);
  } else if (w.endsWith('ll') && w.length - 1 >= r2) {
    return w.slice(0, -1);
  }
  return w;
}
