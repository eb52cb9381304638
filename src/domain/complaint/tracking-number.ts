/**
 * Tracking numbers and customer access tokens.
 *
 * A tracking number is what the customer quotes on the phone: short, upper case, no
 * characters that look alike (no 0/O, 1/I/L, U), e.g. `CL-7KQ4-M9XT`. It names the
 * complaint; it does not open it: the access token does, and only its hash is stored.
 * Randomness is an input so tests can fix it.
 */
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // 30 symbols; 8 of them: 6.6e11 numbers

export type RandomBytes = (size: number) => Uint8Array;

export function newTrackingNumber(randomBytes: RandomBytes): string {
  const symbols = pick(randomBytes, 8);
  return `CL-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** 128 bits, URL-safe, what the customer keeps with the tracking number. */
export function newAccessToken(randomBytes: RandomBytes): string {
  return Buffer.from(randomBytes(16)).toString('base64url');
}

/** Accepts what a person types: lower case, spaces, missing dashes or prefix. */
export function normalizeTrackingNumber(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/^CL/, '');
  if (compact.length !== 8 || [...compact].some((c) => !alphabet.includes(c))) return null;
  return `CL-${compact.slice(0, 4)}-${compact.slice(4)}`;
}

function pick(randomBytes: RandomBytes, count: number): string {
  let out = '';
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      // 240 = 8 × 30: reject the top values so every symbol is equally likely.
      if (byte < 240 && out.length < count) out += alphabet[byte % 30];
    }
  }
  return out;
}
