/** The host works in Shanghai time; pledge times are shown there whatever the server's zone. */
export const PLEDGE_TIME_ZONE = 'Asia/Shanghai';

export const formatTime = (date: Date, locale: string) =>
  date.toLocaleString(locale, { timeZone: PLEDGE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export const formatDay = (date: Date, locale: string) => date.toLocaleDateString(locale, { timeZone: PLEDGE_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });

/** A due instant back to the calendar day it was entered as. */
export const dayOf = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: PLEDGE_TIME_ZONE });
