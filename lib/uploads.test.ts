import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, UPLOAD_MAX_BYTES } from './uploads';

const require = createRequire(import.meta.url);

describe('upload limits (issue 12, finding 4)', () => {
  it('lets a server action take one file at the app limit plus the form around it', () => {
    const config = require('../next.config.js') as { experimental?: { serverActions?: { bodySizeLimit?: string } } };
    const limit = config.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(`${ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
    expect(ACTION_BODY_LIMIT_BYTES - UPLOAD_MAX_BYTES).toBeGreaterThanOrEqual(64 * 1024);
    // Not much more: Next holds the whole body in memory while it parses it.
    expect(ACTION_BODY_LIMIT_BYTES).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
