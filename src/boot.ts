// The page's entry: start the data link's downloads (earlyFetch.ts), then load the app. The app's
// main chunk (React, Cytoscape, the app: ~1.5 MB unminified) is fetched and compiled while the data
// is on its way, instead of before the download even starts.
import { startEarlyFetch } from './earlyFetch';

startEarlyFetch();
void import('./main');
