/**
 * Who may take a seat, as pure arithmetic over counts read inside the
 * registration transaction. Held seats: confirmed registrations, open
 * invitations, and seats still reserved for member organizations.
 */
export type SeatCounts = {
  capacity: number | null;
  /** Quota per category id; absent or null means no quota of its own. */
  quotas: Map<number, number | null>;
  confirmedByCategory: Map<number, number>;
  confirmedByOrganization: Map<number, number>;
  invitationsByCategory: Map<number, number>;
  /** Seats reserved per organization id; empty once they have been released. */
  reservedByOrganization: Map<number, number>;
};

const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

/** Reserved seats an organization has not yet filled. */
export function unclaimedSeats(counts: SeatCounts, organizationId: number): number {
  const reserved = counts.reservedByOrganization.get(organizationId) ?? 0;
  return Math.max(0, reserved - (counts.confirmedByOrganization.get(organizationId) ?? 0));
}

export function heldSeats(counts: SeatCounts): number {
  const unclaimed = sum([...counts.reservedByOrganization.keys()].map((id) => unclaimedSeats(counts, id)));
  return sum(counts.confirmedByCategory.values()) + sum(counts.invitationsByCategory.values()) + unclaimed;
}

/**
 * Whether one more person fits: within the category's quota, and within the
 * meeting's capacity — or in a seat their own organization still holds.
 */
export function fits(counts: SeatCounts, categoryId: number, organizationId: number | null): boolean {
  const quota = counts.quotas.get(categoryId) ?? null;
  if (quota !== null) {
    const used =
      (counts.confirmedByCategory.get(categoryId) ?? 0) + (counts.invitationsByCategory.get(categoryId) ?? 0);
    if (used >= quota) return false;
  }
  if (counts.capacity === null) return true;
  if (organizationId !== null && unclaimedSeats(counts, organizationId) > 0) return true;
  return heldSeats(counts) < counts.capacity;
}

/** The counts after one more confirmed registration, for deciding several in a row. */
export function take(counts: SeatCounts, categoryId: number, organizationId: number | null): void {
  counts.confirmedByCategory.set(categoryId, (counts.confirmedByCategory.get(categoryId) ?? 0) + 1);
  if (organizationId !== null) {
    counts.confirmedByOrganization.set(organizationId, (counts.confirmedByOrganization.get(organizationId) ?? 0) + 1);
  }
}
