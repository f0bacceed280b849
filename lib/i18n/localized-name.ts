/**
 * Names organizers type (meetings, agenda items, registration categories, awards, award
 * categories) are kept in the language they were written in, with an optional English
 * name beside them (decision 0020). English visitors see the English name where there is
 * one; everyone else, and English visitors when there is none, sees the original.
 */
type Named = { name: string; nameEn?: string | null } | { title: string; titleEn?: string | null };

export function localizedName(record: Named, locale: string): string {
  const [original, english] = 'title' in record ? [record.title, record.titleEn] : [record.name, record.nameEn];
  return locale === 'en' && english ? english : original;
}

/** For optional texts such as a meeting's theme: null stays null. */
export function localizedText(
  original: string | null,
  english: string | null | undefined,
  locale: string,
): string | null {
  return locale === 'en' && english ? english : original;
}
