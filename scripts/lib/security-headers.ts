// The security policy of the built app, as HTTP headers. A <meta> Content-Security-Policy (kept
// for hosts that send no headers) cannot say `frame-ancestors` (clickjacking), so `vite preview`
// sends the full policy as headers and the build writes `_headers`, the file Netlify and Cloudflare
// Pages read (README, "Hosting"). Imported by vite.config.ts only; self-contained on purpose.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The one inline stylesheet the app needs: Cytoscape inserts it into <head> when the graph mounts
 * (cytoscape's renderer, "__________cytoscape_stylesheet"). It is allowed by its hash, so styles
 * need no 'unsafe-inline'; React's style props and Cytoscape's element styles go through the CSSOM,
 * which the policy does not govern. tests/unit/security-headers.test.ts checks the text is still
 * what the installed Cytoscape writes.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What both the meta tag and the header say: only our own scripts, no remote origin at all. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${hash(CYTOSCAPE_STYLESHEET)}`,
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the <meta> tag: browsers ignore frame-ancestors there. */
export const CSP = POLICY.join('; ');

/** For the Content-Security-Policy header: the same, and no framing by any page. */
export const CSP_HEADER = [...POLICY, "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** `_headers` (Netlify, Cloudflare Pages): every path of the site gets the headers. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/** The meta tag in built pages, the headers from `vite preview`, and `_headers` in dist/. */
export function securityHeaders(): Plugin {
  return {
    name: 'kavosh-security-headers',
    transformIndexHtml: {
      order: 'post',
      // Dev mode is left out: React's refresh preamble is an inline script.
      handler: (_html, ctx) => (ctx.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }]),
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
