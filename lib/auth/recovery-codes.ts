// Ten single-use recovery codes per enrolment, for a lost phone: shown once, stored argon2id-hashed like passwords.
import { randomInt } from "node:crypto";
import { hashPassword } from "./password";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 in lower case: no i, l, o or u to misread. 12 characters: 60 random bits per code.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 12;

/** A new code as shown to the person, in groups of four: "7kq2-m9xd-41fz". */
export function newRecoveryCode(): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return characters.match(/.{4}/g)!.join("-");
}

/** A typed code without spaces, hyphens or capitals, or null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toLowerCase();
  return code.length === LENGTH && [...code].every((character) => ALPHABET.includes(character)) ? code : null;
}

/** Ten new codes, and their hashes to store. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalizeRecoveryCode(code)!)));
  return { codes, hashes };
}
