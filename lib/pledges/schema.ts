import { z } from 'zod';
import { organizationKinds } from '@/db/schema/enums';
import { progressStatuses } from '@/db/schema/enums';
import { checkbox, id, optionalText } from '@/lib/actions/fields';

const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.format');

/**
 * Targets are edited as lines: "description | indicator | YYYY-MM-DD", and an optional
 * fourth part naming the one organization an extra target is for. Plain text keeps the
 * editor usable on a phone and paste-able from the office document the targets come from.
 */
export const campaignInput = z.object({
  title: z.string().trim().min(1).max(200),
  year: z.coerce.number().int().min(2000).max(2100),
  body: z.string().trim().min(1).max(20_000),
  signingDue: day,
  targets: z.string().trim().min(1).max(20_000),
});
export type CampaignInput = z.infer<typeof campaignInput>;

export type TargetLine = { description: string; indicator: string; dueDate: string; organizationName: string | null };

/** Parses the targets field; returns the numbers of lines that are not well-formed. */
export function parseTargetLines(text: string): { targets: TargetLine[]; badLines: number[] } {
  const targets: TargetLine[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const parts = raw.split(/[|｜]/).map((part) => part.trim());
    const [description, indicator, dueDate, organizationName] = parts;
    if (parts.length < 3 || parts.length > 4 || !description || !indicator || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate ?? '')) {
      badLines.push(index + 1);
      return;
    }
    targets.push({ description, indicator, dueDate: dueDate!, organizationName: organizationName || null });
  });
  return { targets, badLines };
}

export const issueInput = z.object({
  campaignId: id,
  kind: z.union([z.enum(organizationKinds), z.literal('')]).optional(),
  organizationIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id)),
});

export const signInput = z.object({
  issueId: id,
  versionId: id,
  typedName: z.string().trim().min(1).max(100),
  confirm: checkbox,
});

export const declineInput = z.object({ issueId: id, reason: z.string().trim().min(1, 'validation.required').max(1000) });

export const progressInput = z.object({
  issueId: id,
  targetId: id,
  status: z.enum(progressStatuses),
  percent: z.coerce.number().int().min(0).max(100),
  note: optionalText(2000),
});
