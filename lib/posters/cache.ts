/**
 * The last few rendered posters, by ETag. A poster shared in a WeChat group is opened by
 * dozens of phones within minutes; each render costs ~0.5 s of CPU on this 2-core class of
 * machine, so the same picture is drawn once. Keyed by the ETag, which changes with the
 * meeting, the language and the public address (lib/posters/etag.ts). ~150 KB each.
 */
const LIMIT = 12;
const rendered = new Map<string, Promise<Buffer>>();

export function cachedPoster(etag: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const known = rendered.get(etag);
  if (known) {
    // Most recently used last, so the oldest is the one dropped.
    rendered.delete(etag);
    rendered.set(etag, known);
    return known;
  }
  // The promise, not the result: twenty requests at once share one render.
  const pending = oneAtATime(render);
  rendered.set(etag, pending);
  pending.catch(() => rendered.delete(etag));
  if (rendered.size > LIMIT) rendered.delete(rendered.keys().next().value as string);
  return pending;
}

/**
 * Renders run one after another: each holds ~100 MB and a core while it runs, and posters for
 * different meetings or languages asked at once (a crawler, a script) must not take the
 * process's memory or both cores from everyone else.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
