import fs from 'node:fs';
import { AppError } from '@/lib/errors';
import { assignSeat } from '@/lib/seating/mutations';

// A second app process, for lib/seating/concurrency.test.ts:
// `tsx test/seat-writer.ts <meetingId> <registrationId> <blockId> <row> <seat> <organizerId> <writers>` with DATABASE_FILE set.
const [meetingId, registrationId, blockId, row, seat, organizerId, writers] = process.argv
  .slice(2)
  .map(Number) as number[];
const file = process.env.DATABASE_FILE!;
// Start together: each writer says it is ready, then waits for the others (tsx starts slowly on a busy machine).
fs.writeFileSync(`${file}.seat-ready-${process.pid}`, '');
const folder = file.slice(0, file.lastIndexOf('/'));
const name = file.slice(file.lastIndexOf('/') + 1);
while (fs.readdirSync(folder).filter((f) => f.startsWith(`${name}.seat-ready-`)).length < writers!)
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
try {
  assignSeat(
    meetingId!,
    registrationId!,
    { blockId: blockId!, row: row!, seat: seat! },
    { id: organizerId!, role: 'organizer' },
    { now: new Date(), origin: 'https://convene.example' },
  );
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: error instanceof AppError ? error.code : String(error) }));
}
