import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Block } from './markup';

const headingLevels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/**
 * The report as a Word file, the format the office and publicity department work in.
 * Source links are for the editor only: the file carries their text, not the links.
 * East Asian text gets a Chinese font so Word does not fall back to a Latin one.
 */
export async function reportDocx(blocks: Block[], title: string): Promise<Buffer> {
  if (blocks.length === 0) throw new RangeError('a report with no content has nothing to export');
  const doc = new Document({
    title,
    creator: 'Convene',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' }, size: 24 } } } },
    sections: [
      {
        children: blocks.map(
          (block) =>
            new Paragraph({
              heading: block.kind === 'heading' ? headingLevels[block.level] : undefined,
              spacing: { after: 160, line: 360 },
              children: block.inlines.map((inline) => new TextRun({ text: inline.text, bold: inline.bold || undefined })),
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
