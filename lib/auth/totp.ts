// Time-based one-time passwords (RFC 6238) through `otpauth`: SHA-1, six digits, 30-second steps, as every
// authenticator app shows them. The enrolment QR code is drawn here, on the server (`uqr`, no third-party service).
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";

const ISSUER = "Passage";
const settings = { algorithm: "SHA1", digits: 6, period: 30 } as const;
/** Codes from the step before and the step after are accepted too: a phone's clock may be a little off. */
const WINDOW = 1;

/** A new secret: 160 random bits (RFC 4226's recommended length), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** A secret as typed or pasted (spaces, lower case, padding allowed), in canonical base32, or null if it is not one. */
export function normalizeTotpSecret(input: string): string | null {
  const secret = input.replace(/[\s=]/g, "").toUpperCase();
  // At least 80 bits (RFC 4226's minimum is 128; 16 characters is what some apps issue), at most 512.
  return /^[A-Z2-7]{16,103}$/.test(secret) ? secret : null;
}

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, ...settings, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The current code for a secret (tests, and automation that enrolled a secret with `user:create --totp-secret`). */
export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

/** The time step a six-digit code belongs to (within one step either side of now), or null when it matches none. */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : TOTP.counter({ period: settings.period, timestamp: now }) + delta;
}

/** The QR code of the otpauth:// address, as an SVG data URL for an <img>. */
export function totpQrDataUrl(uri: string): string {
  const svg = renderSVG(uri, { ecc: "M", border: 2, pixelSize: 6 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
