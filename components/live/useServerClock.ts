'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The server's time, ticking in the browser. The projector laptop's clock may be
 * minutes off; elapsed and remaining times must match the control page's.
 */
export function useServerClock(serverNow: number): number {
  const offset = useRef(0);
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    offset.current = serverNow - Date.now();
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset.current), 250);
    return () => clearInterval(timer);
  }, []);
  return now;
}
