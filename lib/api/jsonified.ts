/** What a server type looks like after JSON: Dates arrive as strings. The typed clients apply it to
 * a response schema's output (lib/api-client/call.ts). Arrays map element-wise, so a tuple such
 * as an interval `[low, high]` stays a pair. */
export type Jsonified<T> = T extends Date ? string : T extends readonly unknown[] ? { [K in keyof T]: Jsonified<T[K]> } : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;
