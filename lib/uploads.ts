/**
 * The largest nomination photo or pledge evidence file the app takes (the forms promise
 * 5 MB). Shared with the browser, which refuses a larger file before sending it.
 */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Next's server-action body limit, set in next.config.js: one file at the limit plus the
 * form's text and multipart framing (a 2,000-character citation is 6 KB of UTF-8).
 * lib/uploads.test.ts keeps the two in step.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
