import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { answerFlushRequests } from './app/pending-writes';
import { currentProfile, dbNameOf } from './app/profile';
import { openDeskDb } from './db/database';
import { loadSampleData } from './db/sample-load';

// Ask the browser not to evict the clerk's data under storage pressure; the answer is logged.
void navigator.storage
  ?.persist?.()
  .then((granted) => console.info(`[storage] persist: ${granted ? 'granted' : 'not granted'}`))
  .catch(() => console.info('[storage] persist: unavailable'));

// Before the window closes, the app quits or the page reloads, main asks for pending writes.
answerFlushRequests(window.desk);

const profile = currentProfile();
const db = openDeskDb(dbNameOf(profile));
// The sample profile's database gets the built-in sample on its first start.
if (profile === 'sample')
  void loadSampleData(db).catch((e: unknown) => console.warn('[sample] not loaded', e));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}
