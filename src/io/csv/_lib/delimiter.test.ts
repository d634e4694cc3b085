import { describe, expect, it } from 'vitest';
import { detectDelimiter, sepHint } from './delimiter.js';

describe('detectDelimiter', () => {
  it('picks the most frequent delimiter outside quotes', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('"x;y;z",b,c')).toBe(',');
    expect(detectDelimiter('employeeId')).toBe(',');
  });
});

describe('sepHint', () => {
  it("reads Excel's sep= line, quoted or not, with its line break", () => {
    expect(sepHint('sep=;\r\na;b')).toEqual({ delimiter: ';', skip: 7 });
    expect(sepHint('"sep=|"\n')).toEqual({ delimiter: '|', skip: 8 });
    expect(sepHint('SEP=,')).toEqual({ delimiter: ',', skip: 5 });
    expect(sepHint('employeeId;gender')).toBeNull();
  });
});
