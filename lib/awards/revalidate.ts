import { revalidatePath } from 'next/cache';

/**
 * Published winners appear on meetings' public agenda pages, which are cached
 * (decision 0006): refresh every cached page when a round is published or an award renamed.
 */
export function refreshAwardPages() {
  revalidatePath('/', 'layout');
}
