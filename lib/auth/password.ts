// Password hashing: argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 iterations, 1 lane).
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

export const MIN_PASSWORD_LENGTH = 12;
// Algorithm is a const enum (not importable under isolatedModules): 2 is Argon2id, which hashes start with $argon2id$.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A one-time password for a new account: 20 characters from a URL-safe alphabet (120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

// Verified against when the account does not exist, so a failed sign-in takes the same time either way.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(generatePassword());
  return dummy;
}
