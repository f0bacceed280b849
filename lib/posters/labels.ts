import { getTranslations } from 'next-intl/server';
import type { PosterLabels } from './content';

/** The poster's own words in both languages: a bilingual poster prints both. */
export async function posterLabels(): Promise<Record<'zh-CN' | 'en', PosterLabels>> {
  const [zh, en] = await Promise.all([
    getTranslations({ locale: 'zh-CN', namespace: 'poster' }),
    getTranslations({ locale: 'en', namespace: 'poster' }),
  ]);
  const pick = (t: typeof zh): PosterLabels => ({
    when: t('when'),
    where: t('where'),
    scanToRegister: t('scanToRegister'),
    scanForDetails: t('scanForDetails'),
  });
  return { 'zh-CN': pick(zh), en: pick(en) };
}
