// Every string the console shows, per locale and area under src/messages/<locale>/<area>.ts. zh-CN defines
// the keys and ships with the app; en-US translates each one (checked by tsc) and is loaded only on demand.
import { zhCN } from './messages/zh-CN';

export type MessageKey = keyof typeof zhCN;
export type MessageTable = Record<MessageKey, string>;

export const zhMessages: MessageTable = zhCN;

/** The English table, fetched as its own chunk the first time someone switches to English. */
export const loadEnglish = (): Promise<MessageTable> => import('./messages/en-US').then((m) => m.enUS);
