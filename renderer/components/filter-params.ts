/** A list's filter: each of `names` as the address gives it ('' when absent). */
export function filterFrom<N extends string>(
  names: readonly N[],
  get: (name: string) => string,
): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, get(name)])) as Record<N, string>;
}

/** `get` over an address's parameters (a start's read-ahead, before the page's useFilters). */
export const paramOf = (query: URLSearchParams) => (name: string) => query.get(name) ?? '';
