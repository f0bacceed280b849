import crypto from 'node:crypto';
import type { TargetSnapshot } from '@/db/schema/pledges';

/**
 * The exact text an organization signs, and its SHA-256. Normalized so the same
 * words always give the same bytes whatever the browser or OS did to them: Unicode
 * NFC, "\n" line ends, no trailing spaces, no leading or trailing blank lines. The
 * layout is fixed and language-neutral, so the hash does not depend on the UI language.
 */
export const CANONICAL_HEADER = 'CONVENE PLEDGE v1';

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The targets one organization signs up to: the shared ones and its own, in campaign order. */
export function targetsFor(targets: readonly TargetSnapshot[], organizationId: number): TargetSnapshot[] {
  return targets.filter((target) => target.organizationId === null || target.organizationId === organizationId);
}

export function canonicalText(body: string, targets: readonly TargetSnapshot[]): string {
  const lines = [CANONICAL_HEADER, '', normalizeText(body), '', `TARGETS ${targets.length}`];
  targets.forEach((target, index) => {
    // One line per field: a newline typed inside a field cannot shift text into another field.
    const field = (value: string) => normalizeText(value).replace(/\n/g, ' / ');
    lines.push(
      '',
      `${index + 1}. ${field(target.description)}`,
      `INDICATOR: ${field(target.indicator)}`,
      `DUE: ${field(target.dueDate)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What a representative of `organizationId` signs in this version. */
export function pledgeDocument(version: { body: string; targets: readonly TargetSnapshot[] }, organizationId: number) {
  const text = canonicalText(version.body, targetsFor(version.targets, organizationId));
  return { text, hash: sha256(text) };
}

/** Does pasted text say exactly what was signed? Pasting normalizes too (line ends, trailing spaces). */
export function matchesHash(pasted: string, hash: string): boolean {
  const text = `${normalizeText(pasted)}\n`;
  return sha256(text) === hash;
}

const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud and typed from paper
/** A short code printed on the document, for the public verification page. */
export function newVerificationCode(): string {
  const bytes = crypto.randomBytes(10);
  return Array.from(bytes, (b) => alphabet[b % 32]).join('');
}
