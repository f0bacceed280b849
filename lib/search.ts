import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * A LIKE pattern that matches `term` anywhere, with the wildcard characters in
 * the term taken literally. Works for Chinese text as it is (no word splitting needed).
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column` contains `term`, case-insensitive for Latin letters. */
export function contains(column: SQLiteColumn, term: string): SQL {
  return sql`${column} like ${containsPattern(term)} escape '\\'`;
}

export const PAGE_SIZE = 30;

export function pageOffset(page: number): number {
  return (Math.max(1, page) - 1) * PAGE_SIZE;
}

/** A list query before its `.limit()`, and a `select({ n: count() })` over the same filter. */
type PageableQuery<Row> = { limit(limit: number): { offset(offset: number): { all(): Row[] } } };
type CountQuery = { get(): { n: number } | undefined };

/** One page of a filtered list, and how many rows the whole filter finds (for the pager). */
export function onePage<Row>(list: PageableQuery<Row>, count: CountQuery, page: number) {
  return { rows: list.limit(PAGE_SIZE).offset(pageOffset(page)).all(), total: count.get()?.n ?? 0 };
}
