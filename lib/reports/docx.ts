import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { Block } from './markup';

/** A photo the body places, read from storage by the caller. */
export type DocxPhoto = { data: Uint8Array; type: 'jpg' | 'png'; width: number; height: number };

/** The text column of an A4 page at Word's default margins, in the pixels docx sizes images by. */
const COLUMN_PX = 600;

const headingLevels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/**
 * The report as a Word file, the format the office and publicity department work in.
 * Source links are for the editor only: the file carries their text, not the links.
 * East Asian text gets a Chinese font so Word does not fall back to a Latin one.
 */
export async function reportDocx(
  blocks: Block[],
  title: string,
  photos: Map<number, DocxPhoto> = new Map(),
): Promise<Buffer> {
  if (blocks.length === 0) throw new RangeError('a report with no content has nothing to export');
  const doc = new Document({
    title,
    creator: 'Convene',
    styles: {
      default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' }, size: 24 } } },
    },
    sections: [
      {
        children: blocks.flatMap((block) => {
          if (block.kind === 'photo') return photoParagraphs(block.caption, photos.get(block.photoId));
          return [
            new Paragraph({
              heading: block.kind === 'heading' ? headingLevels[block.level] : undefined,
              spacing: { after: 160, line: 360 },
              children: block.inlines.map(
                (inline) => new TextRun({ text: inline.text, bold: inline.bold || undefined }),
              ),
            }),
          ];
        }),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The photo scaled to the text column, its caption centred below; a missing file leaves the caption alone. */
function photoParagraphs(caption: string, photo: DocxPhoto | undefined): Paragraph[] {
  const captionParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: caption, italics: true, size: 21 })],
  });
  if (!photo) return [captionParagraph];
  const scale = Math.min(1, COLUMN_PX / photo.width);
  const image = new ImageRun({
    type: photo.type,
    data: photo.data,
    transformation: { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) },
    altText: { name: caption, description: caption, title: caption },
  });
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }), captionParagraph];
}
