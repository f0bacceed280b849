import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { getSeatingBoard } from './data';

/** What a seating printout (cards, chart, door list) starts from: the meeting, if the viewer runs it, and its seating. */
export async function requireSeatingPrintout(
  params: Promise<{ locale: string; id: string }>,
  printout: 'cards' | 'chart' | 'door-list',
) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/seating/${printout}`);
  return { locale, meeting, board: getSeatingBoard(meeting.id) };
}
