import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every transaction that writes an audit event must take the write lock at its start
 * (IMMEDIATE): recordAudit reads the chain head and then appends after it. A DEFERRED
 * transaction that read anything first fails with SQLITE_BUSY when another process wrote in
 * between (decision 0012). This reads the sources: a transaction whose callback reaches
 * recordAudit, directly or through functions named in lib/, must pass IMMEDIATE.
 */
const root = path.resolve(import.meta.dirname, '../..');

function sources(folder: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: path.join(folder, f), text: fs.readFileSync(path.join(root, folder, f), 'utf8') }));
}

/** The text from an opening parenthesis (at `open`) to its match. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(' || text[i] === '{') depth += 1;
    if (text[i] === ')' || text[i] === '}') depth -= 1;
    if (depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

/** Names of functions whose bodies reach recordAudit, to a fixpoint across lib/. */
function auditingFunctions(files: { text: string }[]): Set<string> {
  const bodies = new Map<string, string>();
  for (const { text } of files) {
    for (const match of text.matchAll(/function (\w+)(?:<[^>]*>)?\(/g)) {
      const brace = text.indexOf('{', text.indexOf(')', match.index));
      bodies.set(match[1]!, (bodies.get(match[1]!) ?? '') + balanced(text, brace));
    }
  }
  const found = new Set(['recordAudit']);
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, body] of bodies) {
      if (!found.has(name) && [...found].some((f) => body.includes(`${f}(`))) {
        found.add(name);
        grew = true;
      }
    }
  }
  found.delete('recordAudit');
  return new Set([...found, 'recordAudit']);
}

function transactionsWithoutWriteLock(files: { file: string; text: string }[]): string[] {
  const auditing = auditingFunctions(files);
  const offenders: string[] = [];
  for (const { file, text } of files) {
    for (const match of text.matchAll(/\b(?:db|database)\.transaction\(/g)) {
      const call = balanced(text, match.index + match[0].length - 1);
      const records = [...auditing].some((name) => call.includes(`${name}(`));
      if (records && !/,\s*IMMEDIATE\s*,?\s*\)$/.test(call))
        offenders.push(`${file}:${text.slice(0, match.index).split('\n').length}`);
    }
  }
  return offenders;
}

describe('transactions that write audit events', () => {
  it('all take the write lock at their start (IMMEDIATE)', () => {
    expect(transactionsWithoutWriteLock([...sources('lib'), ...sources('db')])).toEqual([]);
  });

  it('the check itself catches a deferred one, also through a helper', () => {
    const file = {
      file: 'lib/example/mutations.ts',
      text: `function helper(tx) { recordAudit(tx, {}); }\nexport function a() { return db.transaction((tx) => { helper(tx); }); }\nexport function b() { return db.transaction((tx) => { helper(tx); }, IMMEDIATE); }`,
    };
    expect(transactionsWithoutWriteLock([file])).toEqual(['lib/example/mutations.ts:2']);
  });
});
