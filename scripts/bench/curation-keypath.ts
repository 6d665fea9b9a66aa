// `npx tsx scripts/bench/curation-keypath.ts [--dist DIR] [--chars 50000] [--keys 40] [--mode typing|selecting] [--css 'RULES']`:
// what lies on one key's path to the screen in the curation workbench, at a person's pace (as
// curation-typing.ts presses keys). A light timeline trace (no profiler: its overhead is larger
// than some of the phases), read per key: the key's own task (the browser's text insertion or the
// arrow's handler, with React's render and any forced layout in it), the frame that paints it, the
// wall time from the key's task to that frame's end, and everything the key costs after that frame
// (deferred validation, saves, the workspace merge). Medians over the keys, in ms of main-thread CPU.
// The forced layout's size is printed as the trace gives it: objects marked dirty / objects in the tree.
// `--css` adds rules to the page (a constructed style sheet: the app's CSP refuses inline styles)
// to try a containment or a hidden view without a build, e.g.
// `--css '.curate-reading { display: none !important }'`. A tool, not a test.
import { arg, argText, launch, longArticle, openWorkbench, press, serve } from './curationPage';
import { keyPath, type TraceEvent } from './keyPathTrace';

const KEYS = arg('keys', 40);
const mode = argText('mode', 'typing');
const css = argText('css', '');
const server = await serve(argText('dist', 'dist'));
const { context, page, cdp } = await launch();
try {
  const text = longArticle(arg('chars', 50_000));
  await openWorkbench(page, server.url, text);
  if (css) {
    await page.evaluate((rules) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
  }
  const counts = (await page.evaluate(`({ pieces: document.querySelectorAll('.curate-reading [data-s]').length, elements: document.querySelectorAll('*').length })`)) as { pieces: number; elements: number };
  if (mode === 'typing') await page.locator('[name="title-fa"]').focus();
  else await page.getByTestId('curate-reading').focus();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d: { value: unknown[] }) => events.push(...(d.value as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  await press(page, mode === 'typing' ? 'KeyA' : 'Shift+ArrowLeft', KEYS, true)();
  await page.evaluate('window.kavosh.settled()');
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  const r = keyPath(events, mode === 'typing' ? 'keypress' : 'keydown');
  const ms = (v: number) => v.toFixed(2).padStart(6);
  console.log(`${mode}, paced, ${KEYS} keys, ${text.length}-unit article (${counts.pieces} marked pieces, ${counts.elements} elements)${css ? `, with ${css}` : ''}`);
  console.log(`  main-thread CPU per key, all of it:        ${ms(r.cpuPerKey)} ms`);
  console.log(`  the key's own task (median of ${r.keys}):       ${ms(r.keyTask)} ms  (JavaScript ${ms(r.keyScript)}, layout ${ms(r.keyLayout)}, style ${ms(r.keyStyle)})`);
  console.log(`    its forced layout: ${r.layoutObjects}`);
  console.log(`  the frame that paints it:                  ${ms(r.frame)} ms  (paint ${ms(r.framePaint)}, layerize ${ms(r.frameLayerize)}, pre-paint ${ms(r.framePrePaint)})`);
  console.log(`  key task start → that frame's end (wall):  ${ms(r.toFrameWall)} ms`);
  console.log(`  after that frame, until the next key:      ${ms(r.after)} ms`);
} finally {
  await context.close();
  await server.close();
}
