// The requests the web app makes when an anonymous visitor opens "/" (web/src/components/Explorer.tsx,
// MapView.tsx). The server answers them once at start-up so the first visitor finds them cached; the
// browser test checks that this list still matches what the app really requests.
export const DEFAULT_VIEW_URLS = [
  '/api/events?limit=50&offset=0',
  '/api/events/counts',
  '/api/events/timeseries?bucket=month',
  '/api/events/geojson?props=map&limit=10000',
] as const;

/** Answer the default view once as an anonymous caller, filling the public cache. */
export async function warmDefaultView(app: { inject(opts: { url: string }): PromiseLike<unknown> }): Promise<void> {
  await Promise.all(DEFAULT_VIEW_URLS.map((url) => app.inject({ url })));
}
