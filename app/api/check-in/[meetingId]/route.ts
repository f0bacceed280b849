// The handlers live in lib/check-in/endpoint.ts: they write through mutations.ts, which app never imports.
export { GET, POST } from '@/lib/check-in/endpoint';

export const dynamic = 'force-dynamic';
