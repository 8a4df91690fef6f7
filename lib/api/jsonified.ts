/** What a server type looks like after JSON: Dates arrive as strings. Lets the browser reuse the
 * services' return types instead of restating them. */
export type Jsonified<T> = T extends Date ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;
