/**
 * For transactions that read and then write on what they read (is this name
 * free? how many seats are left?): take SQLite's write lock at the start, so a
 * second app process on the same file waits instead of acting on a stale read.
 */
export const IMMEDIATE = { behavior: 'immediate' } as const;
