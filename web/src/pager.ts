// The list pager's label and whether there is a next page. The server stops counting at 1,000
// (total_exact false): then the label says "1,000+" and the next page exists while pages come full.
export function pagerState(
  offset: number,
  shown: number,
  pageSize: number,
  total: number,
  totalExact: boolean,
): { label: string; hasNext: boolean } {
  const of = totalExact ? total.toLocaleString('en') : `${total.toLocaleString('en')}+`;
  return {
    label: shown ? `${offset + 1}–${offset + shown} of ${of}` : '0',
    hasNext: totalExact ? offset + pageSize < total : shown === pageSize,
  };
}
