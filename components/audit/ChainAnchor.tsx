/**
 * One anchor on a printed document (decision 0012): a labelled chain position and its hash in
 * full, wrapping anywhere so 64 hex digits fit an A4 column. Used by the printed pledge and the
 * attendance sheet, so both read the same way on paper.
 */
export function ChainAnchor({ label, hash }: { label: string; hash: string }) {
  return (
    <p className="break-all">
      {label}: <span className="font-mono">{hash}</span>
    </p>
  );
}
