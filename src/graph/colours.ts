// Country colours that never change when data is added. A colour is a function of the country
// alone (its Wikidata id, else its own id), never of which other countries are loaded: the
// countries of the built-in article have fixed, well-separated colours, and any other country is
// hashed into the same palette. Two unknown countries may share a colour; a country never changes
// its colour because another one arrived.

/** Colour-blind-friendly palette (Okabe–Ito plus Tol's muted). */
export const COUNTRY_PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // green
  '#CC79A7', // pink
  '#E69F00', // orange
  '#56B4E9', // sky
  '#882255', // wine
  '#44AA99', // teal
  '#999933', // olive
  '#AA4499', // purple
  '#332288', // indigo
  '#117733', // dark green
] as const;
export const NO_COUNTRY_COLOUR = '#8a8f98';

/** Fixed colours by Wikidata id, so the countries analysts meet most keep distinct colours. */
const FIXED: Record<string, string> = {
  Q43: '#0072B2', // Turkey
  Q227: '#D55E00', // Azerbaijan
  Q399: '#009E73', // Armenia
  Q252: '#CC79A7', // Indonesia
  Q843: '#E69F00', // Pakistan
  Q833: '#882255', // Malaysia
  Q230: '#44AA99', // Georgia
  Q794: '#117733', // Iran
  Q159: '#332288', // Russia
  Q30: '#999933', // United States
  Q801: '#56B4E9', // Israel
  Q851: '#AA4499', // Saudi Arabia
};

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface CountryRef {
  id: string;
  wikidata?: string | undefined;
}

export function countryColour(country: CountryRef): string {
  const fixed = country.wikidata ? FIXED[country.wikidata] : undefined;
  return fixed ?? (COUNTRY_PALETTE[hash(country.wikidata ?? country.id) % COUNTRY_PALETTE.length] as string);
}

/** Country id → colour, for the countries given (their order does not matter). */
export function countryColours(countries: CountryRef[]): Map<string, string> {
  return new Map([...countries].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, countryColour(c)]));
}
