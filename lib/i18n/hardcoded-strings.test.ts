import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user reads comes from the message files. This walks the JSX in
 * app/ and components/ and fails on text or user-facing attributes written
 * straight into a component.
 */
const root = path.resolve(import.meta.dirname, '../..');
const userFacingAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description']);
// Text with a letter (any script) in it; punctuation and symbols alone are layout.
const hasWords = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => path.join(dir, f));
}

export function findHardcodedStrings(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords.test(node.getText())) {
      found.push(`${where(node)} text "${node.getText().trim()}"`);
    }
    if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText())) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : undefined;
      if (literal && hasWords.test(literal)) found.push(`${where(node)} ${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI strings', () => {
  it('the detector catches text and labels written into JSX', () => {
    const sample = `export const A = () => <div aria-label="Close"><p>保存</p><b>{t('ok')}</b> · </div>;`;
    expect(findHardcodedStrings(path.join(root, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:1 aria-label="Close"',
      'sample.tsx:1 text "保存"',
    ]);
  });

  it('no component renders a hard-coded string', () => {
    const files = [...tsxFiles(path.join(root, 'app')), ...tsxFiles(path.join(root, 'components'))];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => findHardcodedStrings(file))).toEqual([]);
  });
});
