// The page's first script (index.html, before main.tsx): starts the data link's downloads
// (earlyFetch.ts). It is tiny and loads beside the app's main chunk (React, Cytoscape, the app),
// so the data is on its way while that chunk is fetched, compiled and renders, instead of only
// after it. A separate entry rather than a dynamic import of the app: that split the app into
// many small chunks, 6 KB gzip more on the first screen.
import { startEarlyFetch } from './earlyFetch';

startEarlyFetch();
