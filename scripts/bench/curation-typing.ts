// `npx tsx scripts/bench/curation-typing.ts [--chars 50000] [--keys 40] [--dist DIR] [--only typing|selecting|burst|paced]`: the curation workbench
// on a long article, in Chromium. Serves dist/ (run `npm run build` first; `--dist DIR` another
// build, to run an old and a new one alternately), fills a valid
// document (so the draft is merged into the workspace as a person's is) with a made-up Persian
// article of --chars UTF-16 units (the test fixture repeated: hundreds of mentions and date
// phrases), then types into a form field and moves the selection with Shift+arrows, twice: as fast
// as keys go ("burst"), and at a person's pace (a key every 100 ms, a 0.8 s pause after every ten,
// so the workspace save runs between them as it does for a person: "paced").
//
// The measuring is curation-browser.ts's (also run by `npm run bench`, paced only): per line the
// Event Timing API's durations (key to the next painted frame: p50/p95/max) and the renderer main
// thread's CPU time per key, with a blank page's figures first as the machine's floor. The load
// average is printed before and after: the machine is shared. A tool, not a test: it fails only
// when it cannot measure.
import { readFileSync } from 'node:fs';
import { measureCurationKeys } from './curation-browser';
import { arg, argText } from './curationPage';

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average ${load()}`);
await measureCurationKeys(argText('dist', 'dist'), { chars: arg('chars', 50_000), keys: arg('keys', 40), only: argText('only', ''), onLine: (line) => console.log(line) });
console.log(`load average ${load()}`);
