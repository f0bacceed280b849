/** "09:12" in the meeting's zone, on the device, without the server (the station may be offline). */
export function clock(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    at,
  );
}
