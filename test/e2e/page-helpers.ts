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

/** An antd select popup that is open or still playing its closing animation. */
const OPEN_SELECT_POPUP = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** Resolves once every antd select popup has closed (antd marks closed ones with -hidden). */
const noSelectPopupOpen = async (p: Page): Promise<void> => {
  await p.waitForFunction(
    (selector) => document.querySelector(selector) === null,
    OPEN_SELECT_POPUP,
  );
};

export const pageHelpers = (page: () => Page): PageHelpers => ({
  async fillByLabel(label, value) {
    await page()
      .getByLabel(label, { exact: typeof label === 'string' })
      .fill(value);
  },

  async selectByLabel(label, option) {
    const p = page();
    // A popup still closing from the previous select covers the fields below it: a click meant for
    // the next select would land on its options. Start only when none is open, and end likewise.
    await noSelectPopupOpen(p);
    await p.getByLabel(label, { exact: typeof label === 'string' }).click();
    // antd renders the options in a popup at the end of <body>, not under the field.
    await p
      .locator(`${OPEN_SELECT_POPUP} .ant-select-item-option`)
      .filter({ hasText: option })
      .first()
      .click();
    await noSelectPopupOpen(p);
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
