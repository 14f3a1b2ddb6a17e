/** What the page says about itself, for the popup and the comparison view. */

/** The outlet's name: the page's `og:site_name`, else its host name. */
export function outletName(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]');
  return meta?.content?.trim() || location.hostname;
}
