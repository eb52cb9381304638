/**
 * repeated_apology: saying sorry again and again (seed S2 误区 1 "不断说'对不起'"). One
 * sincere apology, or one at the start and "再次致歉" at the end, is good; a third one, or
 * the same apology twice in a row ("对不起，对不起"), stops sounding sincere. An apology
 * as a remedy ("经理会登门道歉", "a written apology") is an action, not a repetition.
 */
import type { Sentence } from '../sentences.js';
import type { RuleHit } from './sentence-rule.js';

const zhApology = /对不起|抱歉|道歉|致歉|歉意|不好意思|请(?:您)?原谅|原谅我们/g;
const zhRemedyApology = /(?:登门|上门|当面|书面|公开|亲自|致电|打电话)(?:向(?:您|你))?$/;
const enApology = /\bsorry\b|\bapologi[sz](?:e|es|ed|ing)\b|\bapolog(?:y|ies)\b|\bforgive (?:us|me)\b/g;
const enRemedyApology = /\b(?:written|formal|public|personal)\s+$|\bin person\b/;
/** Only punctuation (and an intensifier) between two apologies: "对不起，对不起", "sorry, so sorry". */
const backToBack = /^[\s,.;:!?。、~…]*(?:so |really |very |真的|实在|非常)?$/;

/** How many apologies make a repetition. */
export const apologiesTooMany = 3;

interface Apology {
  start: number;
  end: number;
  word: string;
}

function apologiesIn(sentence: Sentence): Apology[] {
  const zh = sentence.language === 'zh';
  const pattern = zh ? zhApology : enApology;
  const remedy = zh ? zhRemedyApology : enRemedyApology;
  const found: Apology[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence.text); match !== null; match = pattern.exec(sentence.text)) {
    const lead = sentence.text.slice(Math.max(0, match.index - 12), match.index);
    const tail = sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (remedy.test(lead) || (!zh && remedy.test(tail))) continue;
    found.push({
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
      word: match[0],
    });
  }
  return found;
}

/** The apology that is one too many, over the whole draft; null when there is none. */
export function repeatedApology(sentences: readonly Sentence[], folded: string): RuleHit | null {
  const all: Apology[] = [];
  for (const sentence of sentences) all.push(...apologiesIn(sentence));
  for (let index = 1; index < all.length; index++) {
    const previous = all[index - 1]!;
    const current = all[index]!;
    // "对不起，对不起" / "sorry, so sorry": the same word again with only punctuation between.
    const between = folded.slice(previous.end, current.start);
    if (previous.word === current.word && backToBack.test(between)) {
      return { start: current.start, end: current.end };
    }
  }
  const third = all[apologiesTooMany - 1];
  return third === undefined ? null : { start: third.start, end: third.end };
}
