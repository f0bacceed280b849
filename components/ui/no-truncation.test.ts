import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A browser cuts pasted text at `maxLength` without a word and submits the rest
 * (issue 18). Text fields take `limit` instead (a live count; the server refuses
 * what is over), so no JSX in app/ or components/ may set `maxLength`.
 */
const root = path.resolve(import.meta.dirname, '../..');

function tsxFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => path.join(dir, f));
}

function maxLengthAttributes(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && node.name.getText().toLowerCase() === 'maxlength') {
      found.push(`${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('text is never cut by the browser', () => {
  it('no form field sets maxLength', () => {
    const found = [...tsxFiles(path.join(root, 'app')), ...tsxFiles(path.join(root, 'components'))].flatMap((file) =>
      maxLengthAttributes(file),
    );
    expect(found).toEqual([]);
  });
});
