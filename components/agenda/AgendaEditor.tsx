'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { cx } from '@/components/ui/cx';
import type { AgendaItemKind } from '@/db/schema/enums';
import { moveAgendaItemAction, removeAgendaItemAction, reorderAgendaAction } from '@/lib/agenda/actions';
import { plan } from '@/lib/agenda/schedule';
import { formatClock } from '@/lib/i18n/clock';
import { initialFormState } from '@/lib/actions/state';
import { AgendaItemForm } from './AgendaItemForm';

export type EditorItem = {
  id: number;
  kind: AgendaItemKind;
  title: string;
  titleEn: string | null;
  plannedMinutes: number;
  presenters: string | null;
  description: string | null;
  crewNotes: string | null;
  awardIds: number[];
  pledgeCampaignId: number | null;
  started: boolean;
};

type Props = { meetingId: number; agendaVersion: number; items: EditorItem[]; startsAt: number; timeZone: string };

/**
 * The run of show, reordered by dragging (pointer, or keyboard: space, arrows,
 * space) or by the up/down buttons. A drag sends the whole new order with the
 * agenda version it started from; the server refuses it if someone else changed
 * the agenda meanwhile, and the page shows the agenda as it now is.
 */
export function AgendaEditor({ meetingId, agendaVersion, items: saved, startsAt, timeZone }: Props) {
  const t = useTranslations('agenda');
  const [items, setItems] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  // A fresh agenda from the server (after any change, ours or another organizer's) replaces the local order.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setItems(saved);
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: unknown) => items.find((item) => item.id === id)?.title ?? '';
  const positionOf = (id: unknown) => items.findIndex((item) => item.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('dnd.picked', { title: titleOf(active.id), position: positionOf(active.id), count: items.length }),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', { title: titleOf(active.id), position: positionOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.dropped', { title: titleOf(active.id), position: positionOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.id === active.id);
    const to = items.findIndex((item) => item.id === over.id);
    const next = arrayMove(items, from, to);
    setItems(next);
    setError(null);
    const form = new FormData();
    form.set('meetingId', String(meetingId));
    form.set('agendaVersion', String(agendaVersion));
    form.set('order', next.map((item) => item.id).join(','));
    startTransition(async () => {
      const result = await reorderAgendaAction(initialFormState, form);
      if (!result.ok) {
        setError(result.formError ?? null);
        setItems(saved);
      }
    });
  }

  const slots = plan(new Date(startsAt), items).slots;
  return (
    <div className="space-y-3">
      <p id="agenda-dnd-help" className="text-sm text-muted">
        {t('dnd.help')}
      </p>
      {error ? (
        <p role="alert" className="rounded-md border border-danger-300 bg-danger-50 px-3 py-2 text-danger-700">
          {error}
        </p>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className="space-y-2" aria-label={t('listLabel')}>
            {items.map((item, index) => (
              <SortableRow
                key={item.id}
                item={item}
                start={slots[index]!.plannedStart}
                timeZone={timeZone}
                isFirst={index === 0}
                isLast={index === items.length - 1}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function SortableRow({
  item,
  start,
  timeZone,
  isFirst,
  isLast,
}: {
  item: EditorItem;
  start: Date;
  timeZone: string;
  isFirst: boolean;
  isLast: boolean;
}) {
  const t = useTranslations('agenda');
  const kinds = useTranslations('agendaKinds');
  const [editing, setEditing] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: item.started,
  });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={cx(
        'rounded-lg border border-line bg-white',
        isDragging && 'relative z-10 shadow-lg ring-2 ring-brand-700',
      )}
    >
      <div className="flex items-start gap-2 p-3">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('dnd.handle', { title: item.title })}
          aria-describedby="agenda-dnd-help"
          className={cx(
            'flex min-h-11 min-w-11 touch-none items-center justify-center rounded-md border border-line text-xl text-muted',
            item.started ? 'cursor-not-allowed opacity-40' : 'cursor-grab hover:bg-surface active:cursor-grabbing',
          )}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time className="font-semibold tabular-nums text-brand-800" dateTime={start.toISOString()}>
              {formatClock(start, timeZone)}
            </time>
            <Badge>{kinds(item.kind)}</Badge>
            <span className="text-muted">{t('minutes', { count: item.plannedMinutes })}</span>
            {item.started ? <Badge tone="success">{t('started')}</Badge> : null}
          </p>
          <p className="mt-1 font-medium break-words">{item.title}</p>
          {item.presenters ? (
            <p className="text-sm text-muted">{t('presentersLine', { presenters: item.presenters })}</p>
          ) : null}
          {item.crewNotes ? (
            <p className="mt-1 text-sm whitespace-pre-line text-warning-800">
              {t('crewNotesLine', { notes: item.crewNotes })}
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-col gap-1 sm:flex-row">
          {isFirst ? null : (
            <ActionButton
              action={moveAgendaItemAction}
              fields={{ itemId: String(item.id), direction: 'up' }}
              variant="ghost"
            >
              <span aria-hidden="true">↑</span>
              <span className="sr-only">{t('moveUp', { title: item.title })}</span>
            </ActionButton>
          )}
          {isLast ? null : (
            <ActionButton
              action={moveAgendaItemAction}
              fields={{ itemId: String(item.id), direction: 'down' }}
              variant="ghost"
            >
              <span aria-hidden="true">↓</span>
              <span className="sr-only">{t('moveDown', { title: item.title })}</span>
            </ActionButton>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-2 border-t border-line px-2 py-1">
        <Button variant="ghost" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
          {editing ? t('closeEdit') : t('edit')} <span className="sr-only">{item.title}</span>
        </Button>
        {item.started ? null : (
          <ActionButton
            action={removeAgendaItemAction}
            fields={{ itemId: String(item.id) }}
            variant="ghost"
            confirm={t('confirmRemove', { title: item.title })}
          >
            {t('remove')} <span className="sr-only">{item.title}</span>
          </ActionButton>
        )}
      </div>
      {editing ? (
        <div className="border-t border-line p-3">
          <AgendaItemForm
            itemId={item.id}
            onSaved={() => setEditing(false)}
            initial={{
              kind: item.kind,
              title: item.title,
              titleEn: item.titleEn ?? '',
              plannedMinutes: String(item.plannedMinutes),
              presenters: item.presenters ?? '',
              description: item.description ?? '',
              crewNotes: item.crewNotes ?? '',
              awardIds: item.awardIds.join(','),
              pledgeCampaignId: item.pledgeCampaignId ? String(item.pledgeCampaignId) : '',
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
