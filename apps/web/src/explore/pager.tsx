/** Previous / next buttons for a cursor-paginated list. */
export function Pager({
  page,
  next,
  previous,
  label,
}: {
  page: number;
  next: (() => void) | null;
  previous: (() => void) | null;
  label: string;
}) {
  if (!next && !previous) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={previous ?? undefined} disabled={!previous}>
        ← Previous
      </button>
      <span aria-live="polite">Page {page}</span>
      <button type="button" onClick={next ?? undefined} disabled={!next}>
        Next →
      </button>
    </nav>
  );
}
