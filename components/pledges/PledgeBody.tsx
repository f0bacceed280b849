import type { ReactNode } from 'react';

type Block = { kind: 'h2' | 'h3' | 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

/**
 * Markdown-lite: "# " and "## " headings, "- " or "1. " list items, blank lines between
 * paragraphs. Everything else is text: React escapes it, no HTML from the body ever
 * reaches the page.
 */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.、)]\s*(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: heading[1] === '#' ? 'h2' : 'h3', text: heading[2]! });
    } else if (bullet || numbered) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      const last = blocks.at(-1);
      const text = (bullet ?? numbered)![1]!;
      if (last && last.kind === kind) last.items.push(text);
      else blocks.push({ kind, items: [text] });
    } else paragraph.push(line);
  }
  flush();
  // Headings must not skip a level (h1 is the campaign title): a body written with "## "
  // only has those as its top level.
  if (!blocks.some((block) => block.kind === 'h2'))
    for (const block of blocks) if (block.kind === 'h3') block.kind = 'h2';
  return blocks;
}

export function PledgeBody({ body }: { body: string }) {
  return (
    <div className="space-y-3 leading-relaxed">
      {parseBody(body).map((block, index): ReactNode => {
        switch (block.kind) {
          case 'h2':
            return (
              <h2 key={index} className="text-xl font-bold">
                {block.text}
              </h2>
            );
          case 'h3':
            return (
              <h3 key={index} className="text-lg font-semibold">
                {block.text}
              </h3>
            );
          case 'ul':
            return (
              <ul key={index} className="list-disc space-y-1 ps-6">
                {block.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            );
          case 'ol':
            return (
              <ol key={index} className="list-decimal space-y-1 ps-6">
                {block.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            );
          default:
            return (
              <p key={index} className="whitespace-pre-line">
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}
