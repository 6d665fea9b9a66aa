import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-700.css';
import './styles.css';
import { App } from './components/App';
import { exposeTestHook } from './cytoscape/testHook';
import { appStore } from './store/store';
import { startUrlSync } from './store/urlSync';
import { startInitialLoad } from './loadInitial';

exposeTestHook(null);
startUrlSync(appStore);
startInitialLoad();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
