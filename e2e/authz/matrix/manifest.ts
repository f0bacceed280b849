import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

type ManifestEntry = { exportedName: string; filename?: string; workers: Record<string, unknown> };

/**
 * Every server action the build registered, keyed "<domain>/<exportedName>" (e.g.
 * "awards/addCategoryAction"): two domains export actions of the same name, so the
 * name alone would pick one of them at random.
 */
export function buildActions(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  const actions = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const domain = /lib\/([^/]+)\//.exec(entry.filename ?? '')?.[1] ?? 'unknown';
    actions.set(`${domain}/${entry.exportedName}`, id);
  }
  return actions;
}

/**
 * Every page and route handler in app/, as its URL pattern without the locale and
 * route groups: "/organize/meetings/[id]/agenda", "/api/health (route)".
 */
export function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
        const segments = path
          .relative('app', path.dirname(full))
          .split(path.sep)
          .filter((segment) => segment && segment !== '[locale]' && !/^\(.*\)$/.test(segment));
        found.push(`/${segments.join('/')}${entry.name === 'route.ts' ? ' (route)' : ''}`);
      }
    }
  };
  walk('app');
  return found.sort();
}

export type ActionAnswer = { status: number; body: string; redirect?: string };
export type FieldValue = string | string[] | { name: string; mimeType: string; buffer: Buffer };

/** Posts a form action by its manifest key, as React does: the form's fields, then the argument list. */
export async function postAction(
  request: APIRequestContext,
  page: string,
  id: string,
  fields: Record<string, FieldValue>,
): Promise<ActionAnswer> {
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'object' && !Array.isArray(value))
      multipart.append(`_1_${key}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
    else for (const one of [value].flat()) multipart.append(`_1_${key}`, one);
  }
  // The server reads the fields before the argument list that points at them.
  multipart.append('0', JSON.stringify([{}, '$K1']));
  const response = await request.post(page, {
    headers: { 'Next-Action': id, Accept: 'text/x-component' },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text(), redirect: response.headers()['x-action-redirect'] };
}
