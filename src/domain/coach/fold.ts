/**
 * Folds a draft so one pattern reads every spelling, keeping every character in place:
 * full-width letters, digits and punctuation become ASCII ("，" → ","), curly quotes become
 * straight, traditional Chinese becomes simplified, English becomes lower case.
 *
 * The folded text has the same length as the draft, so a match at offset i in it is at
 * offset i in the draft: findings quote the agent's own words.
 */
import { traditionalToSimplified } from '../triage/traditional-chinese.js';

const fullWidthOffset = 0xfee0;

/** Code unit → folded code unit; 0 where the unit stays as it is. Built once. */
const foldTable = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  for (let code = 0xff01; code <= 0xff5e; code++) {
    const ascii = code - fullWidthOffset;
    table[code] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  table[0x3000] = 0x20; // ideographic space
  table[0x00a0] = 0x20; // no-break space
  table[0x2018] = 0x27; // ‘
  table[0x2019] = 0x27; // ’
  table[0x201c] = 0x22; // “
  table[0x201d] = 0x22; // ”
  for (const [traditional, simplified] of traditionalToSimplified) {
    table[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  }
  return table;
})();

const chunkSize = 4096;

/** The draft folded for matching; same length, same offsets. */
export function foldDraft(text: string): string {
  let first = -1;
  for (let index = 0; index < text.length; index++) {
    if (foldTable[text.charCodeAt(index)] !== 0) {
      first = index;
      break;
    }
  }
  if (first < 0) return text;
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const folded = foldTable[code]!;
    units[index] = folded === 0 ? code : folded;
  }
  let folded = '';
  for (let at = 0; at < units.length; at += chunkSize) {
    folded += String.fromCharCode(...units.subarray(at, at + chunkSize));
  }
  return folded;
}
