/**
 * Locating the first invalid UTF-8 sequence. TextDecoder({fatal: true}) says *that* bytes are not
 * UTF-8; users need to know *where*, so we walk the bytes with the rules of RFC 3629 (no overlong
 * forms, no surrogates, nothing above U+10FFFF).
 */

export interface InvalidUtf8 {
  /** Byte offset of the first byte of the offending sequence. */
  offset: number;
  /** What is wrong, in words. */
  problem: string;
}

function hex(byte: number): string {
  return '0x' + byte.toString(16).toUpperCase().padStart(2, '0');
}

/** The first invalid sequence in `bytes`, or null when all of it is valid UTF-8. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // above U+10FFFF
    } else {
      return { offset: i, problem: `byte ${hex(lead)} cannot start a UTF-8 sequence` };
    }
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) {
        return { offset: i, problem: `the file ends inside a ${length}-byte sequence that starts with ${hex(lead)}` };
      }
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next < low || next > high) {
        return { offset: i, problem: `byte ${hex(next)} cannot follow ${hex(lead)} in a UTF-8 sequence` };
      }
    }
    i += length;
  }
  return null;
}
