import type { PosterContent, PosterLine } from '@/lib/posters/content';

const lang = (line: PosterLine) => (line.locale === 'en' ? 'en' : 'zh-CN');

/** The A4 poster: the same content as the PNG, laid out for one printed page with a large QR code. */
export function PosterSheet({ content, qrSvg, qrLabel }: { content: PosterContent; qrSvg: string; qrLabel: string }) {
  return (
    <article
      data-testid="poster-sheet"
      className="mx-auto flex w-full max-w-[210mm] flex-col bg-white text-center shadow-sm print:h-[297mm] print:w-[210mm] print:max-w-none print:shadow-none"
    >
      <header className="bg-brand-700 px-6 py-10 text-white sm:px-12 print:px-[15mm] print:py-[9mm] print:[-webkit-print-color-adjust:exact] print:[print-color-adjust:exact]">
        {content.title.map((line, index) =>
          index === 0 ? (
            <h1
              key={line.locale}
              lang={lang(line)}
              className="text-3xl font-bold leading-tight sm:text-5xl print:text-[38px]"
            >
              {line.text}
            </h1>
          ) : (
            <p
              key={line.locale}
              lang={lang(line)}
              className="mt-3 text-xl font-semibold leading-snug sm:text-3xl print:mt-2 print:text-[25px]"
            >
              {line.text}
            </p>
          ),
        )}
        {content.theme.map((line) => (
          <p
            key={line.locale}
            lang={lang(line)}
            className="mt-4 text-lg text-brand-50 sm:text-2xl print:mt-2 print:text-[21px]"
          >
            {line.text}
          </p>
        ))}
      </header>
      <div className="flex flex-1 flex-col items-center gap-6 px-6 py-8 sm:px-12 print:justify-between print:gap-3 print:px-[15mm] print:py-[7mm]">
        <dl className="grid w-full gap-4 text-lg sm:text-xl print:gap-3 print:text-xl">
          <div>
            <dt className="text-sm font-semibold text-brand-800 sm:text-base print:text-base">{content.labels.when}</dt>
            {content.when.map((line) => (
              <dd key={line.locale} lang={lang(line)}>
                {line.text}
              </dd>
            ))}
          </div>
          {content.venue ? (
            <div>
              <dt className="text-sm font-semibold text-brand-800 sm:text-base print:text-base">
                {content.labels.where}
              </dt>
              <dd>{content.venue}</dd>
              {content.venueAddress ? <dd className="text-base text-muted">{content.venueAddress}</dd> : null}
            </div>
          ) : null}
        </dl>
        <figure className="flex flex-col items-center">
          <div
            className="w-64 max-w-full sm:w-80 print:w-[105mm]"
            role="img"
            aria-label={qrLabel}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-2 text-xl font-semibold sm:text-2xl">{content.labels.scan}</figcaption>
          <p className="mt-1 break-all text-sm text-muted">{content.url}</p>
        </figure>
      </div>
    </article>
  );
}
