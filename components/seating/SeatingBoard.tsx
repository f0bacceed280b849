'use client';

import {
  DndContext,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useMemo, useState, type ReactNode } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { ActionForm } from '@/components/ui/ActionForm';
import { FormMessages } from '@/components/ui/FormMessages';
import { SelectField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { cx } from '@/components/ui/cx';
import { initialFormState } from '@/lib/actions/state';
import { localizedName } from '@/lib/i18n/localized-name';
import { assignSeatAction, toggleReservationAction, unassignSeatAction } from '@/lib/seating/actions';
import { formatSeat, type PositionTranslate } from '@/lib/seating/position';

export type BoardBlock = {
  id: number;
  name: string;
  nameEn: string | null;
  kind: 'rows' | 'tables';
  rows: number;
  seats: number;
};
export type BoardPerson = {
  registrationId: number;
  name: string;
  organization: string | null;
  categoryName: string;
  categoryNameEn: string | null;
  seat: { blockId: number; row: number; seat: number } | null;
};

/**
 * The seating forms' fields: picked from lists, not typed, so a refused form keeps no
 * values (the lists may have changed: a seat just taken) and binds only names and messages.
 */
type SeatChoice = { registrationId?: string; seat?: string };

const keyOf = (seat: { blockId: number; row: number; seat: number }) => `${seat.blockId}:${seat.row}:${seat.seat}`;

/**
 * The hall as a grid, and two ways to seat people: drag a name onto a seat (mouse or
 * touch), or pick a person and a seat from labelled lists (keyboard, screen readers).
 * Both send the same action; whichever organizer is second to choose a seat is told.
 */
export function SeatingBoard({
  meetingId,
  blocks,
  people,
  reserved,
}: {
  meetingId: number;
  blocks: BoardBlock[];
  people: BoardPerson[];
  reserved: string[];
}) {
  const t = useTranslations('seating.board');
  const position = useTranslations('seating.position') as unknown as PositionTranslate;
  const locale = useLocale();
  const [state, dispatch] = useActionState(assignSeatAction, initialFormState);
  // The answer shows where the organizer is looking: beside the lists, or above the hall after a drag.
  const [via, setVia] = useState<'lists' | 'drag'>('lists');
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // On a touch screen a name is picked up after a short press and hold, so that a swipe over
    // seated names still scrolls the page and a row wider than the phone (touch-action below).
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const reservedSet = useMemo(() => new Set(reserved), [reserved]);
  const occupant = useMemo(() => new Map(people.filter((p) => p.seat).map((p) => [keyOf(p.seat!), p])), [people]);
  const blockById = useMemo(() => new Map(blocks.map((b) => [b.id, b])), [blocks]);
  const seatLabel = (seat: { blockId: number; row: number; seat: number }) => {
    const block = blockById.get(seat.blockId);
    return block
      ? formatSeat(
          position,
          { blockName: block.name, blockNameEn: block.nameEn, kind: block.kind, row: seat.row, seat: seat.seat },
          locale,
        )
      : '';
  };
  const unseated = people.filter((p) => !p.seat);

  function onDragEnd(event: DragEndEvent) {
    const registrationId = event.active.data.current?.registrationId as number | undefined;
    const seat = event.over?.id;
    if (!registrationId || typeof seat !== 'string') return;
    const form = new FormData();
    form.set('meetingId', String(meetingId));
    form.set('registrationId', String(registrationId));
    form.set('seat', seat);
    setVia('drag');
    startTransition(() => dispatch(form));
  }

  const seatOptions = blocks.flatMap((block) =>
    Array.from({ length: block.rows * block.seats }, (_, i) => {
      const seat = { blockId: block.id, row: Math.floor(i / block.seats) + 1, seat: (i % block.seats) + 1 };
      const key = keyOf(seat);
      const who = occupant.get(key);
      const note = who ? t('takenBy', { name: who.name }) : reservedSet.has(key) ? t('reservedMark') : '';
      return { value: key, label: note ? `${seatLabel(seat)} — ${note}` : seatLabel(seat) };
    }),
  );
  const assignField = fieldsOf<SeatChoice>({}, state.fieldErrors, 'assign');
  const personOptions = people.map((p) => ({
    value: String(p.registrationId),
    label: [p.name, p.organization, p.seat ? seatLabel(p.seat) : t('noSeat')].filter(Boolean).join(' — '),
  }));

  return (
    <div className="space-y-6">
      <section aria-labelledby="seat-by-keyboard" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h3 id="seat-by-keyboard" className="font-semibold text-ink">
          {t('assignTitle')}
        </h3>
        <form
          action={dispatch}
          onSubmit={() => setVia('lists')}
          className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          noValidate
        >
          <div className="sm:col-span-3">
            <FormMessages state={via === 'lists' ? state : initialFormState} />
          </div>
          <input type="hidden" name="meetingId" value={meetingId} />
          <SelectField
            label={t('person')}
            {...assignField('registrationId')}
            required
            placeholder={t('choosePerson')}
            options={personOptions}
          />
          <SelectField
            label={t('seat')}
            {...assignField('seat')}
            required
            placeholder={t('chooseSeat')}
            options={seatOptions}
          />
          <SubmitButton>{t('assign')}</SubmitButton>
        </form>
        <p className="text-sm text-muted">{t('dragHint')}</p>
      </section>

      {/* The seat under the pointer, not the one the dragged name overlaps most: small seats sit close together. */}
      <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragEnd={onDragEnd}>
        <FormMessages state={via === 'drag' ? state : initialFormState} className="sticky top-0 z-20 not-empty:mb-2" />
        <section aria-labelledby="unseated-title" className="rounded-lg border border-line bg-white p-4">
          <h3 id="unseated-title" className="mb-2 font-semibold text-ink">
            {t('unseated', { count: unseated.length })}
          </h3>
          {unseated.length === 0 ? (
            <p className="text-sm text-muted">{t('everyoneSeated')}</p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label={t('unseatedList')}>
              {unseated.map((p) => (
                <li key={p.registrationId}>
                  <DraggableName
                    dragId={`person-${p.registrationId}`}
                    person={p}
                    label={t('dragPerson', { name: p.name })}
                    testId="seat-person"
                    className="inline-block rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm"
                    draggingClassName="relative z-10 shadow-lg"
                  >
                    {p.name}
                    {p.organization ? <span className="text-muted"> · {p.organization}</span> : null}
                  </DraggableName>
                </li>
              ))}
            </ul>
          )}
        </section>

        {blocks.map((block) => (
          <section
            key={block.id}
            aria-labelledby={`block-${block.id}-title`}
            className="rounded-lg border border-line bg-white p-4"
          >
            <h3 id={`block-${block.id}-title`} className="mb-3 font-semibold text-ink">
              {localizedName(block, locale)}{' '}
              <span className="text-sm font-normal text-muted">
                {t(block.kind === 'rows' ? 'rowsSize' : 'tablesSize', { rows: block.rows, seats: block.seats })}
              </span>
            </h3>
            <div
              className={cx('overflow-x-auto', block.kind === 'tables' && 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3')}
            >
              {Array.from({ length: block.rows }, (_, r) => (
                <div
                  key={r}
                  className={cx(
                    block.kind === 'rows' ? 'mb-1 flex items-center gap-1' : 'rounded-md border border-line p-2',
                  )}
                >
                  <span className={cx('shrink-0 text-sm text-muted', block.kind === 'rows' ? 'w-14' : 'mb-1 block')}>
                    {t(block.kind === 'rows' ? 'rowLabel' : 'tableLabel', { n: r + 1 })}
                  </span>
                  <div className={cx('flex gap-1', block.kind === 'tables' && 'flex-wrap')}>
                    {Array.from({ length: block.seats }, (_, s) => {
                      const seat = { blockId: block.id, row: r + 1, seat: s + 1 };
                      const key = keyOf(seat);
                      return (
                        <SeatCell
                          key={key}
                          id={key}
                          label={seatLabel(seat)}
                          number={s + 1}
                          person={occupant.get(key)}
                          reserved={reservedSet.has(key)}
                          dragLabel={(name) => t('dragPerson', { name })}
                          reservedText={t('reservedMark')}
                        />
                      );
                    })}
                  </div>
                </div>
              ))}
            </div>
          </section>
        ))}
      </DndContext>

      <section aria-labelledby="reserve-title" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h3 id="reserve-title" className="font-semibold text-ink">
          {t('reserveTitle')}
        </h3>
        <ReserveForm meetingId={meetingId} options={seatOptions} />
      </section>

      <section aria-labelledby="seated-title" className="rounded-lg border border-line bg-white p-4">
        <h3 id="seated-title" className="mb-2 font-semibold text-ink">
          {t('seatedTitle', { count: people.length - unseated.length })}
        </h3>
        <ul className="divide-y divide-line">
          {people
            .filter((p) => p.seat)
            .map((p) => (
              <li key={p.registrationId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{p.name}</span>{' '}
                  <span className="text-sm text-muted">
                    {[p.organization, localizedName({ name: p.categoryName, nameEn: p.categoryNameEn }, locale)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="block text-sm">{seatLabel(p.seat!)}</span>
                </span>
                <ActionButton
                  action={unassignSeatAction}
                  fields={{ meetingId: String(meetingId), registrationId: String(p.registrationId) }}
                >
                  {t('unassign', { name: p.name })}
                </ActionButton>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}

function ReserveForm({ meetingId, options }: { meetingId: number; options: { value: string; label: string }[] }) {
  const t = useTranslations('seating.board');
  const [state, action] = useActionState(toggleReservationAction, initialFormState);
  const field = fieldsOf<SeatChoice>({}, state.fieldErrors, 'reserve');
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId }}
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
      messagesClassName="sm:col-span-2"
    >
      <SelectField
        label={t('seat')}
        {...field('seat')}
        required
        placeholder={t('chooseSeat')}
        options={options}
        hint={t('reserveHint')}
      />
      <SubmitButton variant="secondary">{t('reserve')}</SubmitButton>
    </ActionForm>
  );
}

function SeatCell({
  id,
  label,
  number,
  person,
  reserved,
  dragLabel,
  reservedText,
}: {
  id: string;
  label: string;
  number: number;
  person?: BoardPerson;
  reserved: boolean;
  dragLabel: (name: string) => string;
  reservedText: string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div
      ref={setNodeRef}
      data-seat={id}
      title={person ? `${label} — ${person.name}` : label}
      className={cx(
        'flex h-14 w-16 shrink-0 flex-col items-center justify-center rounded border text-xs',
        person
          ? 'border-brand-700 bg-brand-50'
          : reserved
            ? 'border-dashed border-muted bg-surface'
            : 'border-line bg-white',
        isOver && 'ring-2 ring-brand-700',
      )}
    >
      <span className="text-muted">{number}</span>
      {person ? (
        <DraggableName
          dragId={`seated-${person.registrationId}`}
          person={person}
          label={dragLabel(person.name)}
          className="max-w-full truncate px-1 font-medium"
        >
          {person.name}
        </DraggableName>
      ) : reserved ? (
        <span className="text-muted">{reservedText}</span>
      ) : null}
    </div>
  );
}

/** A name that can be dragged onto a seat; it carries the person's registration. */
function DraggableName({
  dragId,
  person,
  label,
  testId,
  className,
  draggingClassName,
  children,
}: {
  dragId: string;
  person: BoardPerson;
  label: string;
  testId?: string;
  className: string;
  draggingClassName?: string;
  children: ReactNode;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: dragId,
    data: { registrationId: person.registrationId },
  });
  return (
    <span
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      // The keyboard way is the form above; dragging is for pointers, so the name is not a tab stop.
      tabIndex={-1}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined}
      // Not touch-none: the browser keeps swipes for scrolling until the TouchSensor's press-and-hold starts a drag.
      className={cx('cursor-grab touch-manipulation text-ink select-none', className, isDragging && draggingClassName)}
    >
      {children}
    </span>
  );
}
