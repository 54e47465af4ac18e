import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { answerFlushRequests } from './app/pending-writes';
import { currentProfile, dbNameOf } from './app/profile';
import { openDeskDb } from './db/database';
import { loadSampleData } from './db/sample-load';
import { holdFirstRegister, readWarmStart, type WarmStart } from './app/warm-start';

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

// What the first screen needs is read before the first render (warm-start.ts). A read that takes
// longer (a database upgrading, or held by another window) must not leave the window blank: past
// this the app renders at once and shows its own "Đang mở dữ liệu…" until the data is there.
const WARM_WAIT_MS = 300;
const warmOrLate = Promise.race([
  readWarmStart(db),
  new Promise<undefined>((done) => setTimeout(done, WARM_WAIT_MS)),
]);

const render = (warm: WarmStart | undefined) => {
  const root = document.getElementById('root');
  if (!root) return;
  const release = holdFirstRegister(db, warm, window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <App db={db} warm={warm} onStarted={release} />
    </StrictMode>,
  );
};
void warmOrLate.then(render);
