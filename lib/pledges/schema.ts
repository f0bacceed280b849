import { z } from 'zod';
import { organizationKinds } from '@/db/schema/enums';
import { progressStatuses } from '@/db/schema/enums';
import { calendarDay, checkbox, chosenPerson, id, optionalText, optionalWholeNumber } from '@/lib/actions/fields';
import { isCalendarDay } from '@/lib/meetings/time';

/**
 * Targets are edited as lines: "description | indicator | YYYY-MM-DD", and an optional
 * fourth part naming the one organization an extra target is for. Plain text keeps the
 * editor usable on a phone and paste-able from the office document the targets come from.
 */
export const campaignInput = z.object({
  title: z.string().trim().min(1).max(200),
  year: z.coerce.number().int().min(2000).max(2100),
  body: z.string().trim().min(1).max(20_000),
  signingDue: calendarDay,
  targets: z.string().trim().min(1).max(20_000),
});
export type CampaignInput = z.infer<typeof campaignInput>;

export type TargetLine = {
  line: number;
  description: string;
  indicator: string;
  dueDate: string;
  organizationName: string | null;
};

/** What is wrong on one line; `value` is the part at fault, quoted back to the organizer. */
export type TargetLineProblem = { line: number; problem: 'format' | 'date' | 'organization'; value?: string };

/**
 * Parses the targets field line by line (numbered from 1, blank lines counted, as
 * the organizer sees them). The due date goes through the same check as every
 * typed date; organization names are looked up by the mutation.
 */
export function parseTargetLines(text: string): { targets: TargetLine[]; problems: TargetLineProblem[] } {
  const targets: TargetLine[] = [];
  const problems: TargetLineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const parts = raw.split(/[|｜]/).map((part) => part.trim());
    const [description, indicator, dueDate, organizationName] = parts;
    if (parts.length < 3 || parts.length > 4 || !description || !indicator || !dueDate) {
      problems.push({ line, problem: 'format' });
      return;
    }
    if (!isCalendarDay(dueDate)) {
      problems.push({ line, problem: 'date', value: dueDate });
      return;
    }
    targets.push({ line, description, indicator, dueDate, organizationName: organizationName || null });
  });
  return { targets, problems };
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

export const declineInput = z.object({
  issueId: id,
  reason: z.string().trim().min(1, 'validation.required').max(1000),
});

export const progressInput = z.object({
  issueId: id,
  targetId: id,
  status: z.enum(progressStatuses),
  // A blank stays blank (z.coerce would make it 0); the mutation decides when one is needed.
  percent: optionalWholeNumber(0, 100),
  note: optionalText(2000),
});

export const campaignUpdate = campaignInput.extend({ campaignId: id });

export const campaignManagerChoice = z.object({ campaignId: id, userId: chosenPerson });

export const campaignPerson = z.object({ campaignId: id, userId: id });

export const campaignRef = z.object({ campaignId: id });

/** One organization's pledge, named by a form's hidden field. */
export const issueRef = z.object({ issueId: id });

/** Public: a verification code and the text someone holds, to compare with what was signed. */
export const checkTextInput = z.object({ code: z.string().trim().min(1).max(20), text: z.string().min(1).max(50_000) });
