'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useTransition, type ReactNode } from 'react';
import { TextField } from '@/components/ui/Field';
import { usePathname, useRouter } from '@/lib/i18n/navigation';

/**
 * Finds attendees by name as the person types: the results below are re-rendered
 * by the server in place (a soft navigation to `?q=`), never a page reload. Without
 * scripts the form still works with Enter.
 */
export function AttendeeSearch({ initialQuery, children }: { initialQuery: string; children: ReactNode }) {
  const t = useTranslations('checkIn');
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (query: string) => {
    clearTimeout(timer.current);
    // A short pause so each keystroke of a Chinese input method does not send a request.
    timer.current = setTimeout(() => {
      const trimmed = query.trim();
      startTransition(() =>
        router.replace(trimmed ? `${pathname}?q=${encodeURIComponent(trimmed)}` : pathname, { scroll: false }),
      );
    }, 250);
  };
  return (
    <div>
      <form
        method="get"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          search(new FormData(event.currentTarget).get('q')?.toString() ?? '');
        }}
      >
        <TextField
          type="search"
          label={t('name')}
          name="q"
          defaultValue={initialQuery}
          autoComplete="off"
          idPrefix="search"
          hint={t('searchHint')}
          onChange={(event) => search(event.target.value)}
        />
      </form>
      <div aria-busy={pending} className={pending ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
        {children}
      </div>
    </div>
  );
}
