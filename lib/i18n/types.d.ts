import type { routing } from './routing';
import type messages from '../../messages/zh-CN.json';

// Makes every t('…') call type-checked against the message files.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
