import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportDocx } from './docx';
import { parseMarkup, photoLine } from './markup';

/** The text runs of word/document.xml, read back with a real zip reader. */
async function documentText(buffer: Buffer) {
  const files = unzipSync(new Uint8Array(buffer));
  const xml = strFromU8(files['word/document.xml']!);
  return { xml, text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') };
}

describe('reportDocx', () => {
  it('writes a Word file whose document holds the Chinese facts, headings and bold', async () => {
    const body =
      '# 2020年南京西路街道党建和精神文明建设大会\n\n2020年4月30日上午，“勇担使命再出发，同舟共济筑未来”——大会在[上海展览中心](/organize/meetings/1)举行。\n\n## 最美战“疫”者\n\n**沈若兰**：敲门登记。';
    const { xml, text } = await documentText(await reportDocx(parseMarkup(body), '简报'));
    for (const fact of [
      '2020年4月30日上午',
      '勇担使命再出发，同舟共济筑未来',
      '上海展览中心',
      '最美战“疫”者',
      '沈若兰',
    ])
      expect(text).toContain(fact);
    // The editor's source link is not in the file.
    expect(xml).not.toContain('/organize/meetings/1');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>沈若兰<\/w:t>/);
  });

  it('keeps markup from a citation as escaped text', async () => {
    const { xml, text } = await documentText(await reportDocx(parseMarkup('<script>alert(1)</script> & 福民奖'), 'x'));
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 福民奖');
    expect(xml).not.toContain('<script>');
  });

  it('embeds a placed photo as an image part, with its caption text under it', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const body = `# 简报\n\n第一段。\n\n${photoLine(5, '新时代文明实践分中心揭牌仪式现场')}\n\n第二段。`;
    const buffer = await reportDocx(
      parseMarkup(body),
      '简报',
      new Map([[5, { data: png, type: 'png' as const, width: 1200, height: 800 }]]),
    );
    const files = unzipSync(new Uint8Array(buffer));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]!]!).equals(png)).toBe(true);
    const { xml, text } = await documentText(buffer);
    expect(xml).toContain('<w:drawing>');
    // Scaled to the text column: 600 × 400 px, in EMU (9525 per pixel).
    expect(xml).toContain(`cx="${600 * 9525}" cy="${400 * 9525}"`);
    expect(text).toContain('第一段。新时代文明实践分中心揭牌仪式现场第二段。');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain(media[0]!.replace('word/', ''));
  });

  it("keeps the caption when the photo is not one of this meeting's", async () => {
    const buffer = await reportDocx(parseMarkup(`第一段。\n\n${photoLine(9, '别处的照片')}`), 'x');
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect((await documentText(buffer)).text).toContain('别处的照片');
  });

  it('refuses a report with no content', async () => {
    await expect(reportDocx(parseMarkup('\n\n  \n'), 'x')).rejects.toThrow(RangeError);
  });
});
