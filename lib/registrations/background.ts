import { everySlotOnce } from '@/lib/background/schedule';
import { deliverOutbox } from '@/lib/mail/deliver';
import { appOrigin } from '@/lib/env';
import { pruneRateCounters } from '@/lib/limits/mutations';
import { sweepAllMeetings } from './mutations';

/**
 * What happens with time alone: organization seats released at their deadline,
 * expired invitations giving their seats back, emails left unsent. Once a minute
 * across all worker processes: the process that claims the minute in the database
 * does it (lib/background/schedule.ts). The work is transactional and idempotent too.
 */
export function startBackgroundWork(): void {
  everySlotOnce((now) => {
    try {
      sweepAllMeetings({ now, origin: appOrigin(), locale: 'zh-CN' });
    } catch (error) {
      console.error('registration sweep failed', error);
    }
    try {
      pruneRateCounters(now);
    } catch (error) {
      console.error('pruning rate counters failed', error);
    }
    deliverOutbox().catch((error) => console.error('outbox delivery failed', error));
  });
}
