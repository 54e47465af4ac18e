import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { answerFlushRequests } from './app/pending-writes';
import { openDeskDb } from './db/database';

// Ask the browser not to evict the clerk's data under storage pressure; the answer is logged.
void navigator.storage
  ?.persist?.()
  .then((granted) => console.info(`[storage] persist: ${granted ? 'granted' : 'not granted'}`))
  .catch(() => console.info('[storage] persist: unavailable'));

// Before the window closes, the app quits or the page reloads, main asks for pending writes.
answerFlushRequests(window.desk);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={openDeskDb()} />
    </StrictMode>,
  );
}
