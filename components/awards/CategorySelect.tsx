import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/Field';

/**
 * The award's categories to choose one from, with a "choose" entry first (required);
 * one wording wherever a category is chosen (a nomination, a voting round).
 */
export function CategorySelect({
  categories,
  ...field
}: Omit<ComponentProps<typeof SelectField>, 'options' | 'required' | 'label'> & {
  categories: { id: number; name: string }[];
}) {
  const t = useTranslations('awards.categories');
  return (
    <SelectField
      label={t('choiceLabel')}
      {...field}
      required
      // A new default needs a fresh element: React keeps a select's own state.
      key={`c-${String(field.defaultValue)}`}
      options={[{ value: '', label: t('choose') }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]}
    />
  );
}
