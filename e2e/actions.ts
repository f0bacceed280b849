import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

/** The id under which the build registered a server action (it changes with every build). */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!found) throw new Error(`no server action named ${exportedName} in the build`);
  return found[0];
}

/** Calls a form action the way React does: the form's fields, then the argument list. */
/** A list value repeats its field, as a group of checkboxes does. */
export async function callAction(
  request: APIRequestContext,
  page: string,
  name: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  // Order matters: the server reads the fields before the argument list that points at them
  // (and a plain object would put the numeric key "0" first).
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const one of [value].flat()) multipart.append(`_1_${key}`, one);
  multipart.append('0', JSON.stringify([{}, '$K1']));
  const response = await request.post(page, {
    headers: { ...headers, 'Next-Action': actionId(name), Accept: 'text/x-component' },
    multipart,
  });
  return { status: response.status(), body: await response.text(), redirect: response.headers()['x-action-redirect'] };
}
