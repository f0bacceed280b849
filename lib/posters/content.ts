import type { Meeting } from '@/db/schema';
import { formatDateTimeRange } from '@/lib/i18n/dates';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { localizedPath } from '@/lib/i18n/routing';

/**
 * What a meeting's poster says, in one or both languages. Shared by the PNG
 * (lib/posters/image.tsx) and the A4 page, so both say the same thing.
 */

export const POSTER_LANGUAGES = ['zh-CN', 'en', 'both'] as const;
export type PosterLanguage = (typeof POSTER_LANGUAGES)[number];
type Locale = 'zh-CN' | 'en';

/** The words the poster itself prints, from messages/<locale>.json → "poster". */
export type PosterLabels = { when: string; where: string; scanToRegister: string; scanForDetails: string };

export type PosterMeeting = Pick<
  Meeting,
  | 'slug'
  | 'title'
  | 'titleEn'
  | 'theme'
  | 'themeEn'
  | 'venueName'
  | 'venueAddress'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'status'
>;

/** Both languages when the organizer gave the meeting an English name (decision 0020); otherwise the original alone. */
export function defaultPosterLanguage(meeting: Pick<Meeting, 'titleEn'>): PosterLanguage {
  return meeting.titleEn ? 'both' : 'zh-CN';
}

/** The language asked for in ?lang=, or the meeting's default for anything else. */
export function parsePosterLanguage(
  value: string | null | undefined,
  meeting: Pick<Meeting, 'titleEn'>,
): PosterLanguage {
  return POSTER_LANGUAGES.find((language) => language === value) ?? defaultPosterLanguage(meeting);
}

/** Registration while one can still register; afterwards the meeting's own page, which keeps its record. */
export function posterTargetPath(
  meeting: Pick<Meeting, 'slug' | 'status' | 'endsAt'>,
  language: PosterLanguage,
  now: Date,
): string {
  const path =
    meeting.status === 'published' && now < meeting.endsAt
      ? `/meetings/${meeting.slug}/register`
      : `/meetings/${meeting.slug}`;
  return localizedPath(path, language === 'en' ? 'en' : 'zh-CN');
}

export type PosterLine = { locale: Locale; text: string };

export type PosterContent = {
  language: PosterLanguage;
  /** Title, theme: first the primary language, then the second (for "both") when it says something different. */
  title: PosterLine[];
  theme: PosterLine[];
  when: PosterLine[];
  venue: string | null;
  venueAddress: string | null;
  labels: { when: string; where: string; scan: string };
  /** The absolute address the QR code holds, on the configured public origin. */
  url: string;
};

const joinLabels = (values: string[]) => [...new Set(values)].join(' / ');

export function posterContent(
  meeting: PosterMeeting,
  language: PosterLanguage,
  labels: Record<Locale, PosterLabels>,
  origin: string,
  now: Date = new Date(),
): PosterContent {
  const locales: Locale[] = language === 'both' ? ['zh-CN', 'en'] : [language];
  const lines = (pick: (locale: Locale) => string | null): PosterLine[] => {
    const seen = new Set<string>();
    const result: PosterLine[] = [];
    for (const locale of locales) {
      const text = pick(locale);
      if (text && !seen.has(text)) {
        seen.add(text);
        result.push({ locale, text });
      }
    }
    return result;
  };
  const registering = meeting.status === 'published' && now < meeting.endsAt;
  return {
    language,
    title: lines((locale) => localizedName(meeting, locale)),
    theme: lines((locale) => localizedText(meeting.theme, meeting.themeEn, locale)),
    when: lines((locale) => formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone)),
    venue: meeting.venueName,
    venueAddress: meeting.venueAddress,
    labels: {
      when: joinLabels(locales.map((locale) => labels[locale].when)),
      where: joinLabels(locales.map((locale) => labels[locale].where)),
      scan: joinLabels(
        locales.map((locale) => (registering ? labels[locale].scanToRegister : labels[locale].scanForDetails)),
      ),
    },
    url: `${origin.replace(/\/$/, '')}${posterTargetPath(meeting, language, now)}`,
  };
}

/** Every character the poster draws, for choosing font subsets. */
export function posterText(content: PosterContent): string {
  return [
    ...content.title,
    ...content.theme,
    ...content.when,
    { text: content.venue ?? '' },
    { text: content.venueAddress ?? '' },
    { text: Object.values(content.labels).join('') },
    { text: content.url },
  ]
    .map((line) => line.text)
    .join('');
}
