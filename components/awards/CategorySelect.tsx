import type { ComponentProps } from 'react';
import { SelectField } from '@/components/ui/Field';

/** The award's categories to choose one from, with a "choose" entry first (required). */
export function CategorySelect({
  categories,
  choose,
  ...field
}: Omit<ComponentProps<typeof SelectField>, 'options' | 'required'> & {
  categories: { id: number; name: string }[];
  choose: string;
}) {
  return (
    <SelectField
      {...field}
      required
      // A new default needs a fresh element: React keeps a select's own state.
      key={`c-${String(field.defaultValue)}`}
      options={[{ value: '', label: choose }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]}
    />
  );
}
