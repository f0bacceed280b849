import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { Block, Inline } from '@/lib/reports/markup';

/** Where the meeting's report photos are served (an organizer-only route) and which exist. */
export type ReportPhotos = { base: string; ids: number[] };

/**
 * A report body, rendered from its parsed blocks (text is always text: React escapes
 * it). With `sourceLinks`, each fact links to its source record, as the editor needs;
 * without, the plain article for copy-paste. A photo line shows only a photo of this
 * meeting's report; any other number shows its caption as unavailable.
 */
export function ReportBody({
  blocks,
  sourceLinks,
  photos,
}: {
  blocks: Block[];
  sourceLinks: boolean;
  photos: ReportPhotos;
}) {
  const t = useTranslations('reports.photos');
  return (
    <div className="space-y-3 leading-relaxed">
      {blocks.map((block, index) => {
        if (block.kind === 'photo') {
          if (!photos.ids.includes(block.photoId))
            return (
              <p key={index} className="text-muted italic">
                {t('unavailable', { caption: block.caption })}
              </p>
            );
          return (
            <figure key={index} className="break-inside-avoid">
              {/* A plain img: the route answers only the meeting's organizers, so Next's optimizer (which fetches without the session) cannot. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`${photos.base}/${block.photoId}`} alt={block.caption} className="mx-auto h-auto max-w-full" />
              <figcaption className="mt-1 text-center text-sm text-muted">{block.caption}</figcaption>
            </figure>
          );
        }
        const children = block.inlines.map((inline, i) => (
          <InlineText key={i} inline={inline} sourceLinks={sourceLinks} />
        ));
        if (block.kind === 'paragraph') return <p key={index}>{children}</p>;
        if (block.level === 1)
          return (
            <h2 key={index} className="text-center text-xl font-bold">
              {children}
            </h2>
          );
        if (block.level === 2)
          return (
            <h3 key={index} className="pt-2 text-lg font-bold">
              {children}
            </h3>
          );
        return (
          <h4 key={index} className="font-bold">
            {children}
          </h4>
        );
      })}
    </div>
  );
}

function InlineText({ inline, sourceLinks }: { inline: Inline; sourceLinks: boolean }) {
  const text = inline.bold ? <strong>{inline.text}</strong> : inline.text;
  if (!inline.href || !sourceLinks) return <>{text}</>;
  // Our own pages go through the locale-aware Link; any other address opens apart.
  return inline.href.startsWith('/') ? (
    <Link href={inline.href} className="text-brand-800 underline decoration-dotted">
      {text}
    </Link>
  ) : (
    <a
      href={inline.href}
      target="_blank"
      rel="noreferrer noopener"
      className="text-brand-800 underline decoration-dotted"
    >
      {text}
    </a>
  );
}
