import { db } from './index';

/**
 * Plain SQL compiled once per process, for the statements every registration runs inside
 * its write transaction: drizzle builds and compiles each query again on every call, which
 * `npm run bench -- surge` showed as a large part of a registration's own cost
 * (docs/decisions/0022). They run on the one connection, so inside whichever transaction is
 * open on it. Values go in as parameters, never into the text (the text is the cache key).
 */
const statements = new Map<string, ReturnType<typeof db.$client.prepare<unknown[]>>>();

export function prepared(text: string) {
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = db.$client.prepare<unknown[]>(text)));
  return statement;
}

/** A drizzle query built and compiled on first use, then reused (drizzle still maps values and rows). */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
