import type { AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * Messages handed to client components travel inside every page's HTML. Cached
 * public pages carry only the namespaces their client parts use; pages behind
 * sign-in, with forms everywhere, get the whole catalogue.
 */
export const chromeNamespaces = ['nav', 'language', 'common', 'errors'] as const;

export async function clientMessages(namespaces: readonly string[] | 'all'): Promise<AbstractIntlMessages> {
  const messages = (await getMessages()) as AbstractIntlMessages;
  if (namespaces === 'all') return messages;
  return Object.fromEntries(
    namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]!]),
  );
}
