import { describe, expect, it } from 'vitest';
import { excelCsv } from './csv';

describe('CSV for Excel', () => {
  it('neutralises formulas in every cell, the header row included (issue 12, finding 11)', () => {
    const text = excelCsv([
      ['姓名', '=HYPERLINK("http://evil.example","点我")', '+1', '@SUM(A1)', '\t=1', '－1'],
      ['=cmd|"/c calc"!A1', '-2', '张三', '', '普通', 'a=b'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header).toBe(`姓名,"'=HYPERLINK(""http://evil.example"",""点我"")",'+1,'@SUM(A1),'\t=1,'－1`);
    expect(row).toBe(`"'=cmd|""/c calc""!A1",'-2,张三,,普通,a=b`);
  });
});
