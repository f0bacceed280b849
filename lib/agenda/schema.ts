import { z } from 'zod';
import { agendaItemKinds, type AgendaItemKind } from '@/db/schema/enums';
import { englishName, id, optionalId, optionalText } from '@/lib/actions/fields';

/** Ten hours is already a long item; anything longer is a typo, not a plan. */
export const MAX_ITEM_MINUTES = 600;

export const agendaItemInput = z.object({
  kind: z.enum(agendaItemKinds),
  title: z.string().trim().min(1).max(120),
  titleEn: englishName(120),
  plannedMinutes: z
    .string({ error: 'validation.minutes' })
    .trim()
    .min(1, { error: 'validation.minutes' })
    .transform(Number)
    .pipe(
      z
        .number({ error: 'validation.minutes' })
        .int({ error: 'validation.minutes' })
        .min(1, { error: 'validation.minutes' })
        .max(MAX_ITEM_MINUTES, { error: 'validation.minutes' }),
    ),
  presenters: optionalText(200),
  description: optionalText(2000),
  crewNotes: optionalText(2000),
  // The awards an award ceremony presents, in order; the awards feature checks each id exists.
  awardIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id)),
  // The pledges feature checks that the id is a campaign.
  pledgeCampaignId: optionalId,
});
export type AgendaItemInput = z.output<typeof agendaItemInput>;

/** The whole new order, as a drag-and-drop produces it, against the version the page showed. */
export const agendaOrderInput = z.object({
  meetingId: id,
  agendaVersion: z.coerce.number().int().min(0),
  order: z
    .string()
    .trim()
    .regex(/^\d+(,\d+)*$/)
    .transform((v) => v.split(',').map(Number)),
});

export const agendaMoveInput = z.object({
  itemId: id,
  direction: z.enum(['up', 'down']),
});

/** One agenda item, named by a form's hidden field. */
export const agendaItemRef = z.object({ itemId: id });

/**
 * An agenda item as the pages show it (declared once): the public agenda leaves out the
 * crew notes, the run sheet and the live screen the description.
 */
export type AgendaItemView = {
  id: number;
  kind: AgendaItemKind;
  title: string;
  titleEn?: string | null;
  plannedMinutes: number;
  presenters: string | null;
  description: string | null;
  crewNotes: string | null;
};
