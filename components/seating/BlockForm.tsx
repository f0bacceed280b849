'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { saveBlockAction } from '@/lib/seating/actions';

type Block = { id: number; name: string; nameEn: string | null; kind: 'rows' | 'tables'; rows: number; seats: number };

/** Adds a block of the hall, or changes one (then `block` is given). */
export function BlockForm({ meetingId, block }: { meetingId: number; block?: Block }) {
  const t = useTranslations('seating.plan');
  const [state, action] = useActionState(saveBlockAction, initialFormState);
  const v = {
    name: block?.name ?? '',
    nameEn: block?.nameEn ?? '',
    kind: block?.kind ?? 'rows',
    rows: String(block?.rows ?? ''),
    seats: String(block?.seats ?? ''),
    ...state.values,
  };
  const field = fieldsOf(v, state.fieldErrors, block ? `block-${block.id}` : 'block-new');
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId, blockId: block?.id }}
      className="grid gap-3 sm:grid-cols-2"
      messagesClassName="sm:col-span-2"
    >
      <TextField label={t('name')} {...field('name')} required limit={40} hint={block ? undefined : t('nameHint')} />
      <TextField label={t('nameEn')} {...field('nameEn')} limit={60} />
      <SelectField
        label={t('kind')}
        {...field('kind')}
        required
        options={[
          { value: 'rows', label: t('kindRows') },
          { value: 'tables', label: t('kindTables') },
        ]}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label={t('rows')} {...field('rows')} required inputMode="numeric" />
        <TextField label={t('seats')} {...field('seats')} required inputMode="numeric" />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton variant={block ? 'secondary' : 'primary'}>{block ? t('save') : t('add')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
