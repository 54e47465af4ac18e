import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDeskDb } from './db/database';

// Ask the browser not to evict the clerk's data under storage pressure; the answer is logged.
void navigator.storage
  ?.persist?.()
  .then((granted) => console.info(`[storage] persist: ${granted ? 'granted' : 'not granted'}`))
  .catch(() => console.info('[storage] persist: unavailable'));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={openDeskDb()} />
    </StrictMode>,
  );
}
