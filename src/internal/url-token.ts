/**
 * Reads the `token` of a mailed link from the page's URL and removes it from the address bar and
 * history (`history.replaceState`), so it never lingers in a URL, a bookmark or a referrer.
 */
export function takeTokenFromUrl(): string | null {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url);
  return token;
}
