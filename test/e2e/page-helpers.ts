// Small verbs for clerk-flow tests, so a test reads like the clerk's steps and not like selectors.
// They lean on roles and labels (what the clerk sees), and on antd class names only where antd
// renders outside the form (messages, dropdowns, modals).
import type { Locator, Page } from 'playwright-core';

export type MessageKind = 'success' | 'error' | 'warning' | 'info' | 'loading';

export interface PageHelpers {
  /** Types into the field whose label is `label` (exact text unless a RegExp), replacing its value. */
  fillByLabel(label: string | RegExp, value: string): Promise<void>;
  /** Opens the antd Select labelled `label` and picks the option showing `option`. */
  selectByLabel(label: string | RegExp, option: string | RegExp): Promise<void>;
  /** Clicks the button whose accessible name is `name`. */
  clickButton(name: string | RegExp): Promise<void>;
  /** Waits for an antd message toast (optionally of a kind and holding a text) and returns its text. */
  waitForMessage(opts?: {
    kind?: MessageKind;
    text?: string | RegExp;
    timeout?: number;
  }): Promise<string>;
  /** The open antd modal dialog (optionally the one titled `title`). */
  dialog(title?: string | RegExp): Locator;
  /** Waits until the visible page shows `text`. */
  waitForText(text: string | RegExp, timeout?: number): Promise<void>;
}

const exactly = (s: string | RegExp): { name: string | RegExp; exact: boolean } => ({
  name: s,
  exact: typeof s === 'string',
});

export const pageHelpers = (page: () => Page): PageHelpers => ({
  async fillByLabel(label, value) {
    await page()
      .getByLabel(label, { exact: typeof label === 'string' })
      .fill(value);
  },

  async selectByLabel(label, option) {
    const p = page();
    const box = p.getByLabel(label, { exact: typeof label === 'string' });
    await box.click();
    // Pick from this select's own popup (the one holding its listbox, `<id>_list`), never from
    // another one still closing over the form: no waiting on antd's animation classes.
    const id = await box.getAttribute('id');
    if (!id) throw new Error(`The select labelled ${String(label)} has no id`);
    const choice = p
      .locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`)
      .filter({ hasText: option })
      .first();
    // The pick has registered when the list closes or marks the option selected (a list whose
    // options were re-rendered by a late load may stay open). A click that landed on an option
    // just replaced by such a render registers nothing: then click the option again.
    const picked = (timeout: number) =>
      p
        .waitForFunction(
          ({ boxId }) =>
            document.getElementById(boxId)?.getAttribute('aria-expanded') !== 'true' ||
            document.querySelector(`[id="${boxId}_list"]`) === null ||
            [
              ...(document
                .querySelector(`[id="${boxId}_list"]`)
                ?.closest('.ant-select-dropdown')
                ?.querySelectorAll('.ant-select-item-option-selected') ?? []),
            ].length > 0,
          { boxId: id },
          { timeout },
        )
        .then(
          () => true,
          () => false,
        );
    for (let attempt = 1; ; attempt++) {
      await choice.click();
      if (await picked(attempt < 3 ? 5_000 : 15_000)) break;
      if (attempt === 3)
        throw new Error(`Chọn "${String(option)}" ở ô ${String(label)} không được`);
    }
    // Then close it as a clerk would.
    if ((await box.getAttribute('aria-expanded')) === 'true') await box.press('Escape');
    // Done when the select itself says its list is closed.
    await p.waitForFunction(
      (boxId) => document.getElementById(boxId)?.getAttribute('aria-expanded') !== 'true',
      id,
    );
  },

  async clickButton(name) {
    await page().getByRole('button', exactly(name)).click();
  },

  async waitForMessage({ kind, text, timeout = 10_000 } = {}) {
    // antd 6 renders each toast as .ant-message-notice holding .ant-message-<kind>.
    let toast = page().locator('.ant-message-notice');
    if (kind) toast = toast.filter({ has: page().locator(`.ant-message-${kind}`) });
    if (text) toast = toast.filter({ hasText: text });
    const first = toast.first();
    await first.waitFor({ state: 'visible', timeout });
    return (await first.innerText()).trim();
  },

  dialog(title) {
    const dialogs = page().getByRole('dialog');
    return title ? dialogs.filter({ hasText: title }).last() : dialogs.last();
  },

  async waitForText(text, timeout = 10_000) {
    await page()
      .getByText(text, { exact: typeof text === 'string' })
      .first()
      .waitFor({ state: 'visible', timeout });
  },
});
