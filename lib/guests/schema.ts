import { z } from 'zod';
import { id, plainText } from '@/lib/actions/fields';

/** The longest title kept: the reference article's longest is about 30 characters. */
export const GUEST_TITLE_MAX = 80;

export const markGuestInput = z.object({
  registrationId: id,
  // As they registered it, e.g. 静安区委组织部副部长; the report names them by it.
  title: plainText(z.string().trim().min(1).max(GUEST_TITLE_MAX)),
});

export const unmarkGuestInput = z.object({ registrationId: id });
