import { checkDatabase } from '@/lib/health/data';

export const dynamic = 'force-dynamic';

export function GET() {
  const database = checkDatabase();
  return Response.json(
    {
      status: database.ok ? 'ok' : 'error',
      database: database.ok ? 'ok' : 'unavailable',
      // The latest migration applied, and when the last good backup finished (null: none yet).
      schemaVersion: database.ok ? database.schemaVersion : null,
      lastBackupAt: database.ok ? (database.lastBackupAt?.toISOString() ?? null) : null,
      time: new Date().toISOString(),
    },
    { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
