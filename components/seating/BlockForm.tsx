'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { saveBlockAction } from '@/lib/seating/actions';

type Block = { id: number; name: string; nameEn: string | null; kind: 'rows' | 'tables'; rows: number; seats: number };

/** Adds a block of the hall, or changes one (then `block` is given). */
export function BlockForm({ meetingId, block }: { meetingId: number; block?: Block }) {
  const t = useTranslations('seating.plan');
  const [state, action] = useActionState(saveBlockAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const prefix = block ? `block-${block.id}` : 'block-new';
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId, blockId: block?.id }}
      className="grid gap-3 sm:grid-cols-2"
      messagesClassName="sm:col-span-2"
    >
      <TextField
        idPrefix={prefix}
        label={t('name')}
        name="name"
        required
        limit={40}
        defaultValue={v.name ?? block?.name ?? ''}
        error={e.name}
        hint={block ? undefined : t('nameHint')}
      />
      <TextField
        idPrefix={prefix}
        label={t('nameEn')}
        name="nameEn"
        limit={60}
        defaultValue={v.nameEn ?? block?.nameEn ?? ''}
        error={e.nameEn}
      />
      <SelectField
        idPrefix={prefix}
        label={t('kind')}
        name="kind"
        required
        defaultValue={v.kind ?? block?.kind ?? 'rows'}
        error={e.kind}
        options={[
          { value: 'rows', label: t('kindRows') },
          { value: 'tables', label: t('kindTables') },
        ]}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          idPrefix={prefix}
          label={t('rows')}
          name="rows"
          required
          inputMode="numeric"
          defaultValue={v.rows ?? String(block?.rows ?? '')}
          error={e.rows}
        />
        <TextField
          idPrefix={prefix}
          label={t('seats')}
          name="seats"
          required
          inputMode="numeric"
          defaultValue={v.seats ?? String(block?.seats ?? '')}
          error={e.seats}
        />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton variant={block ? 'secondary' : 'primary'}>{block ? t('save') : t('add')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
