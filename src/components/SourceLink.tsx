// A document's web address as a link, where its outlet is shown: opened in a new tab without
// handing it this page (noopener noreferrer). Checked again here (url.ts), not only by the schema:
// a workspace stored before the schema knew the field is drawn too, and a javascript: or data:
// address must never become a link.
import { isHttpUrl } from '../domain/url';

export function SourceLink({ url, label }: { url: string | undefined; label: string }) {
  if (!isHttpUrl(url)) return null;
  const host = new URL(url).hostname;
  return (
    <a className="source-link" href={url} target="_blank" rel="noopener noreferrer">
      {label} (<bdi dir="ltr">{host}</bdi>)
    </a>
  );
}
