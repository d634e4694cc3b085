/**
 * The byte decoder gives the same text however the bytes are chunked (found by the readers' fuzz
 * test, issue 15): a character split over chunks is not "non-ASCII text already seen", and an
 * invalid sequence is judged by the bytes before it in the whole file, not in its chunk.
 */
import { describe, expect, it } from 'vitest';
import { ByteDecoder } from './decoder.js';

function decode(bytes: Uint8Array, size: number): { text: string; encoding: string; invalid: boolean } {
  const d = new ByteDecoder('auto');
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.decode(bytes.subarray(i, i + size));
  text += d.end();
  return { text, encoding: d.encoding, invalid: d.invalidBytes };
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('ByteDecoder: the same text for every chunking', () => {
  const cases: readonly [string, Uint8Array, { text: string; encoding: string; invalid: boolean }][] = [
    [
      'ASCII, then a Windows-1252 byte: Windows-1252',
      Uint8Array.from([...utf8('Region '), 0xd8, ...utf8('st\n')]),
      { text: 'Region Øst\n', encoding: 'windows-1252', invalid: false },
    ],
    [
      'a broken two-byte character first: Windows-1252',
      Uint8Array.from([...utf8('Region '), 0xc3, 0xd8, ...utf8('st\n')]),
      { text: 'Region ÃØst\n', encoding: 'windows-1252', invalid: false },
    ],
    [
      'valid UTF-8 before an invalid byte: UTF-8 with a replacement',
      Uint8Array.from([...utf8('Bø '), 0xff, ...utf8(' x')]),
      { text: 'Bø \uFFFD x', encoding: 'utf-8', invalid: true },
    ],
    [
      'a Windows-1252 byte at the very end of an ASCII file',
      Uint8Array.from([...utf8('abc '), 0xd8]),
      { text: 'abc Ø', encoding: 'windows-1252', invalid: false },
    ],
    ['a cut-off character after valid UTF-8', Uint8Array.from([...utf8('å '), 0xe2, 0x82]), { text: 'å \uFFFD', encoding: 'utf-8', invalid: true }],
    ['valid UTF-8 with four-byte characters', Uint8Array.from(utf8('a😀b åæø')), { text: 'a😀b åæø', encoding: 'utf-8', invalid: false }],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      for (const size of [1, 2, 3, 4, 5, 7, bytes.length]) expect(decode(bytes, size), `chunks of ${size}`).toEqual(expected);
    });
  }
});
