import { deliverOutbox } from '@/lib/mail/deliver';
import { appOrigin } from '@/lib/env';
import { pruneRateCounters } from '@/lib/limits/mutations';
import { sweepAllMeetings } from './mutations';

const MINUTE = 60_000;

/**
 * What happens with time alone: organization seats released at their deadline,
 * expired invitations giving their seats back, emails left unsent. Every minute,
 * in every app process; the work is transactional, so processes never double it.
 */
export function startBackgroundWork(): void {
  const tick = () => {
    try {
      sweepAllMeetings({ now: new Date(), origin: appOrigin(), locale: 'zh-CN' });
    } catch (error) {
      console.error('registration sweep failed', error);
    }
    try {
      pruneRateCounters(new Date());
    } catch (error) {
      console.error('pruning rate counters failed', error);
    }
    deliverOutbox().catch((error) => console.error('outbox delivery failed', error));
  };
  setTimeout(tick, 5_000).unref();
  setInterval(tick, MINUTE).unref();
}
