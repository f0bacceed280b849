/**
 * "Prepare next year's meeting" (decision 0027): prepare.ts checks and writes the meeting, and
 * each part of last year it copies has its own file (awards, pledge campaigns, agenda,
 * registration). Importers keep `@/lib/editions/mutations`.
 */
export { prepareNextEdition, prepareNextEditionIn, type PreparedEdition } from './prepare';
