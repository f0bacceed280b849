/**
 * The door's sound and buzz, so the person at the door knows the result without
 * reading it: one short high beep for a fresh check-in, two for a repeat, one low
 * long tone for a refusal. Generated with Web Audio (no sound file to load) and
 * silent where the device has no audio or vibration.
 */
export type DoorVerdict = 'checkedIn' | 'already' | 'refused';

const tones: Record<DoorVerdict, { hz: number; ms: number; times: number }> = {
  checkedIn: { hz: 880, ms: 120, times: 1 },
  already: { hz: 660, ms: 100, times: 2 },
  refused: { hz: 220, ms: 400, times: 1 },
};

const buzz: Record<DoorVerdict, number[]> = {
  checkedIn: [80],
  already: [80, 80, 80],
  refused: [300],
};

let audio: AudioContext | null = null;

/**
 * Browsers keep audio muted until the person touches the page; call this from a
 * click or submit so the beep after a later camera scan is allowed to sound.
 */
export function unlockDoorSound() {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return;
  audio ??= new window.AudioContext();
  if (audio.state === 'suspended') void audio.resume();
}

export function signalDoorVerdict(verdict: DoorVerdict) {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(buzz[verdict]);
  unlockDoorSound();
  if (!audio) return;
  const { hz, ms, times } = tones[verdict];
  const start = audio.currentTime;
  for (let i = 0; i < times; i++) {
    const at = start + (i * ms * 1.6) / 1000;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = hz;
    // A soft edge: a hard start and stop clicks.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + ms / 1000 + 0.02);
  }
}
