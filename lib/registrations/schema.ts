import { z } from 'zod';
import { questionKinds, registrationModes } from '@/db/schema/enums';
import { checkbox, englishName, id, optionalId, optionalText, optionalWholeNumber } from '@/lib/actions/fields';
import { emailField, personName } from '@/lib/auth/schema';
import { phoneField } from '@/lib/people/schema';

const optionalEmail = z
  .string()
  .trim()
  .optional()
  .transform((v) => v ?? '')
  .pipe(z.union([z.literal('').transform(() => null), emailField]));

/** The longest answer to a custom question; longer text is refused, never cut. */
export const ANSWER_MAX = 500;

/** Answers arrive as answer_<questionId> fields; they are checked against the meeting's questions in the mutation. */
export function answersFrom(form: Record<string, unknown>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const match = /^answer_(\d+)$/.exec(key);
    if (match && typeof value === 'string') answers[match[1]!] = value.trim();
  }
  return answers;
}

/**
 * The registration form. A member's own name and email come from their account;
 * a guest gives a name and a mobile number or an email (at least one).
 */
export const registrationInput = z
  .object({
    meetingId: id,
    categoryId: z.coerce
      .number({ error: 'validation.chooseCategory' })
      .int()
      .positive({ error: 'validation.chooseCategory' }),
    name: personName.optional(),
    email: optionalEmail,
    phone: phoneField.optional().transform((v) => v ?? null),
    organizationId: optionalId,
    organizationName: optionalText(100),
    invitation: z.string().trim().max(100).optional(),
  })
  .loose()
  .transform(
    ({ meetingId, categoryId, name, email, phone, organizationId, organizationName, invitation, ...rest }, ctx) => {
      const answers = answersFrom(rest);
      for (const [questionId, answer] of Object.entries(answers)) {
        if (answer.length > ANSWER_MAX)
          ctx.addIssue({
            code: 'too_big',
            origin: 'string',
            maximum: ANSWER_MAX,
            inclusive: true,
            path: [`answer_${questionId}`],
            input: answer,
          });
      }
      return {
        meetingId,
        categoryId,
        name: name ?? null,
        email,
        phone,
        organizationId,
        organizationName,
        invitation: invitation || null,
        answers,
      };
    },
  );
export type RegistrationInput = z.output<typeof registrationInput>;

const localTime = z
  .string()
  .trim()
  .optional()
  .transform((v) => v ?? '');

/** Registration settings; times are wall-clock times in the meeting's zone, converted in the action. */
export const settingsInput = z.object({
  meetingId: id,
  mode: z.enum(registrationModes),
  opensAt: localTime,
  closesAt: localTime,
  organizationSeatsReleaseAt: localTime,
});

export const categoryInput = z.object({
  name: z.string().trim().min(1).max(40),
  nameEn: englishName(40),
  quota: optionalWholeNumber(0, 100_000),
  selfService: checkbox,
});

export const questionInput = z
  .object({
    kind: z.enum(questionKinds),
    label: z.string().trim().min(1).max(200),
    choices: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .transform((v) =>
        v
          ? v
              .split(/\r?\n/)
              .map((c) => c.trim())
              .filter(Boolean)
          : [],
      ),
    required: checkbox,
  })
  .refine((q) => q.kind !== 'choice' || q.choices.length >= 2, {
    path: ['choices'],
    error: 'validation.choicesNeeded',
  });

export const organizationSeatsInput = z.object({
  meetingId: id,
  organizationId: id,
  seats: z
    .string()
    .trim()
    .transform(Number)
    .pipe(z.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }).min(0).max(10_000)),
});

/** "王晓东, wang@example.cn" per line; a comma, tab or 、 between name and email. */
export const invitationInput = z.object({
  meetingId: id,
  categoryId: z.coerce
    .number({ error: 'validation.chooseCategory' })
    .int()
    .positive({ error: 'validation.chooseCategory' }),
  people: z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => v ?? ''),
  representatives: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0),
    ),
  validDays: z.coerce.number().int().min(1).max(90).default(14),
});

export type InvitedPerson = { name: string; email: string };

/** Reads the pasted list; every line must parse, or nothing is sent and the bad lines are named. */
export function parseInvitedPeople(text: string): { people: InvitedPerson[]; badLines: number[] } {
  const people: InvitedPerson[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const [rawName = '', rawEmail = ''] = line.split(/[,，\t、;；]/).map((part) => part.trim());
    const name = personName.safeParse(rawName);
    const email = emailField.safeParse(rawEmail);
    if (name.success && email.success) people.push({ name: name.data, email: email.data });
    else badLines.push(index + 1);
  });
  return { people, badLines };
}

export const decisionInput = z.object({
  registrationId: id,
  decision: z.enum(['approve', 'reject']),
  reason: optionalText(500),
});

export const checkInInput = z.object({
  meetingId: id,
  code: z.string().trim().max(40).optional(),
  registrationId: z.coerce.number().int().positive().optional(),
});

/** A registrant's own link: the token is their only credential. */
export const accessTokenInput = z.object({ accessToken: z.string().min(20).max(100) });

export const categoryRef = z.object({ categoryId: id });

export const meetingQuestionInput = z.intersection(questionInput, z.object({ meetingId: id }));

export const questionRef = z.object({ questionId: id });
