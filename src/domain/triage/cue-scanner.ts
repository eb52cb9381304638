/**
 * Finds lexicon terms in a text in one left-to-right pass over a character trie.
 *
 * Terms live in groups (category, emotion, risk...). Inside a group, matches never overlap
 * and the leftmost, then longest, term wins; groups are independent, so "态度恶劣" can be a
 * category cue while "恶劣" inside it is an emotion cue. A term that starts or ends with an
 * ASCII letter or digit only matches whole words ("late" is not in "chocolate", "315" is not
 * in "3150"); a trailing `*` lets it match the start of a longer word. A term whose value is
 * null blocks its group at that place and is never reported.
 */

export interface ScannerTerm<T> {
  term: string;
  group: number;
  value: T | null;
}

export interface ScanHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  group: number;
  value: T | null;
  term: string;
  needsWordStart: boolean;
  needsWordEnd: boolean;
  isStem: boolean;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  entries: Entry<T>[] | null;
}

export interface CueScanner<T> {
  scan(text: string): ScanHit<T>[];
}

/** ASCII letters and digits, and Latin letters with diacritics: the characters words are made of. */
export function isWordCharCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Builds the trie once. Throws when a term appears twice in one group: the lexicon must say which wins. */
export function compileCueScanner<T>(terms: readonly ScannerTerm<T>[], groupCount: number): CueScanner<T> {
  const root: TrieNode<T> = { next: new Map(), entries: null };
  const seen = new Set<string>();
  for (const { term: written, group, value } of terms) {
    const isStem = written.endsWith('*');
    const term = isStem ? written.slice(0, -1) : written;
    if (term.length === 0) {
      throw new Error(`Empty lexicon term in group ${group}`);
    }
    const key = `${group}\u0000${term}`;
    if (seen.has(key)) {
      throw new Error(`Lexicon term "${term}" appears twice in group ${group}`);
    }
    seen.add(key);
    let node = root;
    for (let index = 0; index < term.length; index++) {
      const code = term.charCodeAt(index);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), entries: null };
        node.next.set(code, child);
      }
      node = child;
    }
    const entry: Entry<T> = {
      group,
      value,
      term,
      isStem,
      needsWordStart: isWordCharCode(term.charCodeAt(0)),
      needsWordEnd: !isStem && isWordCharCode(term.charCodeAt(term.length - 1)),
    };
    (node.entries ??= []).push(entry);
  }
  return { scan: (text) => scanText(root, groupCount, text) };
}

function scanText<T>(root: TrieNode<T>, groupCount: number, text: string): ScanHit<T>[] {
  const hits: ScanHit<T>[] = [];
  const coveredUntil = new Array<number>(groupCount).fill(0);
  const candidateEnd = new Array<number>(groupCount).fill(-1);
  const candidate = new Array<Entry<T> | null>(groupCount).fill(null);
  const length = text.length;
  for (let start = 0; start < length; start++) {
    let node = root.next.get(text.charCodeAt(start));
    if (node === undefined) {
      continue;
    }
    const afterWordChar = start > 0 && isWordCharCode(text.charCodeAt(start - 1));
    let found = false;
    let end = start;
    while (node !== undefined) {
      end++;
      if (node.entries !== null) {
        const beforeWordChar = end < length && isWordCharCode(text.charCodeAt(end));
        for (const entry of node.entries) {
          if ((entry.needsWordStart && afterWordChar) || (entry.needsWordEnd && beforeWordChar)) {
            continue;
          }
          candidateEnd[entry.group] = end;
          candidate[entry.group] = entry;
          found = true;
        }
      }
      if (end >= length) {
        break;
      }
      node = node.next.get(text.charCodeAt(end));
    }
    if (!found) {
      continue;
    }
    for (let group = 0; group < groupCount; group++) {
      const entry = candidate[group];
      const candidateStop = candidateEnd[group] ?? -1;
      candidate[group] = null;
      candidateEnd[group] = -1;
      if (entry === null || entry === undefined || start < (coveredUntil[group] ?? 0)) {
        continue;
      }
      let stop = candidateStop;
      if (entry.isStem) {
        // A stem reports the whole word it starts: "disappoint*" reports "disappointing".
        while (stop < length && isWordCharCode(text.charCodeAt(stop))) {
          stop++;
        }
      }
      coveredUntil[group] = stop;
      if (entry.value !== null) {
        hits.push({ start, end: stop, value: entry.value });
      }
    }
  }
  return hits;
}
