'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { unlockDoorSound } from './door-signal';

/**
 * Reads ticket QR codes with the phone's camera (ZXing). Starts only when asked,
 * since browsers prompt for the camera; reports each code once until it changes.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations('checkIn');
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const report = useRef(onCode);
  useEffect(() => {
    report.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!on || !video.current) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    (async () => {
      try {
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        const reader = new BrowserQRCodeReader();
        const controls = await reader.decodeFromVideoDevice(undefined, video.current!, (result) => {
          if (!result) return;
          const code = result.getText();
          const now = Date.now();
          // The same ticket stays in front of the camera for a while: one check-in per 3 seconds.
          if (last.current && last.current.code === code && now - last.current.at < 3000) return;
          last.current = { code, at: now };
          report.current(code);
        });
        if (cancelled) controls.stop();
        else stop = () => controls.stop();
      } catch {
        setError(t('cameraError'));
        setOn(false);
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [on, t]);

  return (
    <div className="space-y-2">
      {/* Secondary: the door's one primary action is the check-in itself. */}
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        onClick={() => {
          unlockDoorSound();
          setError(null);
          setOn((value) => !value);
        }}
        aria-pressed={on}
      >
        {on ? t('stopCamera') : t('startCamera')}
      </Button>
      {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
      {on ? (
        <video
          ref={video}
          className="aspect-square w-full max-w-sm rounded-lg bg-black object-cover"
          muted
          playsInline
          aria-label={t('cameraLabel')}
        />
      ) : null}
    </div>
  );
}
