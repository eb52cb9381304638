import { describe, expect, it } from 'vitest';
import { compileCueScanner, type ScannerTerm } from './cue-scanner.js';

function scan(terms: ScannerTerm<string>[], text: string, groups = 2): string[] {
  return compileCueScanner(terms, groups)
    .scan(text)
    .map((hit) => `${hit.value}:${text.slice(hit.start, hit.end)}`);
}

describe('compileCueScanner', () => {
  it('prefers the longest term at the leftmost place in a group', () => {
    const terms = [
      { term: '工商', group: 0, value: 'legal' },
      { term: '工商银行', group: 0, value: null },
      { term: '银行', group: 0, value: 'bank' },
    ];
    expect(scan(terms, '工商银行的工商登记')).toEqual(['legal:工商']);
  });

  it('lets groups overlap', () => {
    const terms = [
      { term: '态度恶劣', group: 0, value: 'attitude' },
      { term: '恶劣', group: 1, value: 'angry' },
    ];
    expect(scan(terms, '态度恶劣')).toEqual(['attitude:态度恶劣', 'angry:恶劣']);
  });

  it('matches English and digit terms only as whole words', () => {
    const terms = [
      { term: 'late', group: 0, value: 'late' },
      { term: '315', group: 0, value: 'media' },
    ];
    expect(scan(terms, 'chocolate 3150 315晚会 late.')).toEqual(['media:315', 'late:late']);
  });

  it('lets a stem match the start of a longer word and reports the whole word', () => {
    expect(scan([{ term: 'disappoint*', group: 0, value: 'sad' }], 'so disappointing')).toEqual([
      'sad:disappointing',
    ]);
  });

  it('refuses a term written twice in one group', () => {
    expect(() =>
      compileCueScanner(
        [
          { term: 'late', group: 0, value: 'a' },
          { term: 'late', group: 0, value: 'b' },
        ],
        1,
      ),
    ).toThrow(/twice/);
  });
});
