import { registerMessages } from '../src/i18n';
import { enUS } from '../src/messages/en-US';

// jsdom lacks a few browser APIs antd uses.
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  // antd measures scrollbars with a pseudo-element jsdom does not implement
  const original = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((elt: Element) => original(elt)) as typeof window.getComputedStyle;
}
// the app fetches the English table when someone switches to it; unit tests translate synchronously
registerMessages('en-US', enUS);
