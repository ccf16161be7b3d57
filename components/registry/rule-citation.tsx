// A rule's legal source, and — where the figure was not checked against the text in force —
// a visible "chờ xác nhận", on every screen that applies or shows it.
export function ToConfirmBadge({ note }: { note?: string | null }) {
  return (
    <span className="rounded bg-amber-100 px-1.5 text-sm font-semibold text-amber-900" title={note ?? undefined}>
      Chờ xác nhận với văn bản gốc
    </span>
  );
}

export function RuleCitation({ rule }: { rule: { legalSource: string; article: string | null; confirmation: 'CONFIRMED' | 'TO_CONFIRM'; note?: string | null } }) {
  return (
    <span>
      {rule.legalSource}
      {rule.article ? `, ${rule.article}` : ''}
      {rule.confirmation === 'TO_CONFIRM' ? (
        <>
          {' '}
          <ToConfirmBadge note={rule.note} />
        </>
      ) : null}
    </span>
  );
}
