// Query-string switches the graph reads at start (`?webgl`, `?naive`, `?overview=0`, `?overviewSlice=0`, `?relayout`).
export function flag(name: string): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);
}
