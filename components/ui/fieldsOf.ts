/**
 * Binds a form's fields to what it shows for each name: the value (typed, or stored)
 * and the server's message. A field then reads `<TextField label={t('x')} {...field('x')} />`,
 * so no field can pair its name with another field's value or error.
 * `idPrefix` keeps ids unique where the same form appears more than once on a page.
 */
export function fieldsOf<Values extends Record<string, string | undefined>>(
  values: Values,
  errors: Record<string, string> = {},
  idPrefix?: string,
) {
  return (name: keyof Values & string) => ({ name, defaultValue: values[name], error: errors[name], idPrefix });
}
