import { afterEach, describe, expect, it, vi } from 'vitest';
// Under DATABASE_DRIVER=libsql the handler writes through the app's connection, which the
// server opens at start (instrumentation.ts): open it here as the server would.
import '@/db';

type Handler = {
  get(key: string, ctx?: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

/** A fresh copy of the module: what another app process would have. */
async function process_(): Promise<Handler> {
  vi.resetModules();
  const loaded = (await import('./handler.cjs')) as unknown as { default: new (context: object) => Handler };
  return new loaded.default({});
}

const page = (tags: string) => ({ kind: 'APP_PAGE', html: '<p>会议</p>', headers: { 'x-next-cache-tags': tags } });

afterEach(() => vi.useRealTimers());

describe('page cache shared through SQLite', () => {
  it('serves a stored page until one of its tags is invalidated, by any process', async () => {
    const first = await process_();
    const second = await process_();
    await first.set('/zh-CN/meetings/a', page('_N_T_/layout,_N_T_/zh-CN/meetings/a'));
    await first.set('/zh-CN/meetings/b', page('_N_T_/layout,_N_T_/zh-CN/meetings/b'));
    expect(await first.get('/zh-CN/meetings/a')).toMatchObject({ value: { html: '<p>会议</p>' } });
    expect(await second.get('/zh-CN/meetings/a')).toBeNull(); // its own memory: it renders for itself

    vi.useFakeTimers({ now: Date.now() + 10_000, toFake: ['Date'] });
    await second.revalidateTag('_N_T_/zh-CN/meetings/a');
    expect(await first.get('/zh-CN/meetings/a')).toBeNull();
    expect(await first.get('/zh-CN/meetings/b')).not.toBeNull();
  });

  it('treats a page stored just after an invalidation as possibly rendered from old data', async () => {
    const handler = await process_();
    await handler.revalidateTag('_N_T_/zh-CN/meetings/c');
    await handler.set('/zh-CN/meetings/c', page('_N_T_/zh-CN/meetings/c'));
    expect(await handler.get('/zh-CN/meetings/c')).toBeNull();

    await handler.set('/zh-CN/meetings/c', page('_N_T_/zh-CN/meetings/c'));
    vi.useFakeTimers({ now: Date.now() + 5_000, toFake: ['Date'] });
    await handler.set('/zh-CN/meetings/c', page('_N_T_/zh-CN/meetings/c'));
    expect(await handler.get('/zh-CN/meetings/c')).not.toBeNull();
  });
});
