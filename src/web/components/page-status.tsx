// The line near the top of a page that says what the last action did ("user created", "list
// imported"): a polite status region, always in the page so screen readers announce each new notice.
export function PageStatus({ notice }: { readonly notice: string | null }) {
  return (
    <div className="page-status" role="status" aria-live="polite">
      {notice === null ? null : <p className="notice notice-ok">{notice}</p>}
    </div>
  );
}
