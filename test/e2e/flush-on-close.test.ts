// Nothing typed is lost on close or reload: the clerk types and the window closes (or reloads) at
// once, main asks the page to flush first (main/services/close-guard.ts), and the text is there
// when the app opens again.
import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, heading, openInitiative } from './clerk-flow-steps';
import { startApp, type App } from './harness';

const STEP_TIMEOUT = 20_000;
const TITLE = 'Cải tiến khuôn dập tôn sóng vuông';
const CONTENT = 'Thay bu lông khuôn bằng chốt định vị để đổi khuôn trong 10 phút.';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** First run done, a new initiative open on its form. */
async function newInitiative(a: App): Promise<void> {
  a.page.setDefaultTimeout(STEP_TIMEOUT);
  await completeSetup(a);
  await a.clickButton('Bắt đầu sử dụng');
  await heading(a, 'Sáng kiến').waitFor();
  await a.clickButton(/Thêm sáng kiến$/);
  await heading(a, 'Sáng kiến mới').waitFor();
}

describe('flush on close and reload', () => {
  it('keeps a title typed right before the window closes', async () => {
    app = await startApp();
    await newInitiative(app);

    await app.page.getByLabel('Tên sáng kiến', { exact: true }).fill(TITLE);
    // At once: the autosave's pause has not run out, only the flush can write it.
    expect(await app.closeAsMain()).toBe('flushed');

    await app.reopen();
    app.page.setDefaultTimeout(STEP_TIMEOUT);
    await heading(app, 'Sáng kiến').waitFor();
    await openInitiative(app, TITLE);
    expect(await app.page.getByLabel('Tên sáng kiến', { exact: true }).inputValue()).toBe(TITLE);
  });

  it('keeps text typed right before a reload', async () => {
    app = await startApp();
    await newInitiative(app);
    await app.page.getByLabel('Tên sáng kiến', { exact: true }).fill(TITLE);
    await heading(app, TITLE).waitFor();

    await app.page.getByLabel('Nội dung giải pháp', { exact: true }).fill(CONTENT);
    expect(await app.reloadAsMain()).toBe('flushed');

    await heading(app, TITLE).waitFor();
    const content = app.page.getByLabel('Nội dung giải pháp', { exact: true });
    expect(await content.inputValue()).toBe(CONTENT);
  });
});
