// `npx tsx scripts/bench/curation-mutations.ts [--dist DIR] [--chars 50000] [--keys 10] [--mode typing|selecting]`:
// what the DOM is told per key in the curation workbench, at a person's pace: every mutation
// record (attribute, text, children) under the dialog, counted by its target and what changed.
// Each record is a DOM write React (or the view) made; one that writes the same value again still
// invalidates style. A tool, not a test.
import { arg, argText, launch, longArticle, openWorkbench, press, serve } from './curationPage';

const KEYS = arg('keys', 10);
const mode = argText('mode', 'typing');
const server = await serve(argText('dist', 'dist'));
const { context, page } = await launch();
try {
  await openWorkbench(page, server.url, longArticle(arg('chars', 50_000)));
  if (mode === 'typing') await page.locator('[name="title-fa"]').focus();
  else await page.getByTestId('curate-reading').focus();
  await page.evaluate(`(() => {
    const where = (n) => {
      const el = n.nodeType === 1 ? n : n.parentElement;
      const id = el?.getAttribute('data-testid') ?? el?.getAttribute('name') ?? (el?.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
      return (el?.tagName.toLowerCase() ?? '?') + (id ? '[' + id + ']' : '');
    };
    window.__mut = new Map();
    new MutationObserver((records) => {
      for (const r of records) {
        const key = where(r.target) + ' ' + r.type + (r.attributeName ? ':' + r.attributeName : '');
        window.__mut.set(key, (window.__mut.get(key) ?? 0) + 1);
      }
    }).observe(document.querySelector('[data-testid="curate"]'), { subtree: true, attributes: true, characterData: true, childList: true });
  })()`);
  await press(page, mode === 'typing' ? 'KeyA' : 'Shift+ArrowLeft', KEYS, true)();
  await page.evaluate('window.kavosh.settled()');
  const counts = (await page.evaluate('[...window.__mut]')) as Array<[string, number]>;
  console.log(`${mode}, paced, ${KEYS} keys: DOM mutation records under the dialog, per key`);
  for (const [what, n] of counts.sort((a, b) => b[1] - a[1])) console.log(`  ${(n / KEYS).toFixed(1).padStart(6)}  ${what}`);
} finally {
  await context.close();
  await server.close();
}
