import { createHash } from 'node:crypto';

// Raise when the poster's design changes, so phones holding the old picture fetch the new one.
const DESIGN_VERSION = 1;

/**
 * One tag per meeting version, language and public origin: an edit to the meeting bumps
 * updatedAt (lib/meetings/mutations.ts), which changes the tag. The target address also turns
 * from the registration page to the meeting page when the meeting ends, so that is in it too.
 */
export function posterEtag(parts: { meetingId: number; updatedAt: Date; language: string; url: string }): string {
  const digest = createHash('sha256')
    .update([DESIGN_VERSION, parts.meetingId, parts.updatedAt.getTime(), parts.language, parts.url].join('\n'))
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}

/** Whether the browser's If-None-Match already names this tag. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}
