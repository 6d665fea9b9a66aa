// The Cytoscape stylesheet as plain data: shapes by kind, colours by country, and the classes the
// canvas toggles (hidden, faded, highlighted, selected). Pure, so it is testable and cheap to swap
// when the language changes (labels come from a different data field).
import type { Lang } from '../i18n/strings';

export const ENTITY_SHAPES: Record<string, string> = {
  country: 'round-octagon',
  person: 'ellipse',
  organisation: 'round-rectangle',
  media: 'round-tag',
  place: 'round-diamond',
  weapon: 'round-triangle',
  group: 'round-hexagon',
};
export const EVENT_SHAPE = 'round-rectangle';

/** Colour-blind-friendly palette (Okabe–Ito plus Tol's muted), assigned to countries in order. */
export const COUNTRY_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255', '#44AA99', '#999933', '#AA4499'];
export const NO_COUNTRY_COLOUR = '#8a8f98';
export const EVENT_COLOURS: Record<string, string> = {
  meeting: '#fff4d6',
  agreement: '#e3f2e1',
  conflict: '#fbe0de',
  exercise: '#e7e3f5',
  arrest: '#f6e1ec',
  statement: '#e6eef8',
  invitation: '#fdf0e2',
  support: '#e1f3f1',
  delivery: '#eef3df',
  cooperation: '#e4f1fa',
  diplomatic_process: '#f0ebe3',
};

export function countryColours(countryIds: string[]): Map<string, string> {
  return new Map([...countryIds].sort().map((id, i) => [id, COUNTRY_PALETTE[i % COUNTRY_PALETTE.length] as string]));
}

type Style = { selector: string; style: Record<string, string | number> };

/**
 * The stylesheet. `large` (past GraphCanvas's size threshold) trades finish for speed where it
 * costs per element and is invisible anyway at the zoom levels Cytoscape draws a big graph at:
 * no label backgrounds, straight haystack edges without arrows, edge labels only on the
 * highlighted and chosen edges, and labels hidden until they are readable.
 */
export function buildStylesheet(colours: Map<string, string>, lang: Lang, large = false): Style[] {
  const label = lang === 'fa' ? 'data(labelFa)' : 'data(label)';
  const font = lang === 'fa' ? 'Vazirmatn, sans-serif' : 'Inter, system-ui, sans-serif';
  const labelBackground: Record<string, string | number> = large
    ? {}
    : { 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '2px', 'text-background-shape': 'round-rectangle' };
  const styles: Style[] = [
    {
      selector: 'node',
      style: {
        label,
        'font-family': font,
        'font-size': 13,
        color: '#1d2330',
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        ...labelBackground,
        ...(large ? { 'text-outline-color': '#ffffff', 'text-outline-width': 2 } : {}),
        // Labels too small to read are hidden rather than piled up; zooming in brings them back.
        'min-zoomed-font-size': large ? 9 : 7,
        width: 26,
        height: 26,
        'background-color': NO_COUNTRY_COLOUR,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.country', style: { width: 40, height: 40, 'font-size': 15, 'font-weight': 'bold' } },
    {
      selector: 'node.event',
      style: {
        shape: EVENT_SHAPE,
        width: 22,
        height: 16,
        'border-width': 1.5,
        'border-color': '#6b7280',
        'font-size': 10,
        'text-max-width': '96px',
        color: '#4b5563',
        'font-style': 'italic',
        // Event titles are long and sit between the actors: they appear from 120% zoom, or on hover
        // and selection (below), so the overview shows the actors' names without a pile of text.
        'min-zoomed-font-size': 12,
      },
    },
    {
      selector: 'edge',
      style: large
        ? {
            width: 1.2,
            'line-color': '#b6bcc6',
            'curve-style': 'haystack',
            'haystack-radius': 0,
            'font-size': 8,
            color: '#374151',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'min-zoomed-font-size': 9,
          }
        : {
            width: 1.2,
            'line-color': '#b6bcc6',
            'target-arrow-color': '#b6bcc6',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            'curve-style': 'bezier',
            label,
            'font-size': 8,
            color: '#6b7280',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'min-zoomed-font-size': 9,
          },
    },
    { selector: 'edge.participation', style: { 'line-style': 'solid', 'target-arrow-shape': 'none' } },
    { selector: 'edge.relation', style: { 'line-color': '#7c8594', 'target-arrow-color': '#7c8594', width: 1.6 } },
  ];
  for (const [kind, shape] of Object.entries(ENTITY_SHAPES)) styles.push({ selector: `node.entity.${kind}`, style: { shape } });
  for (const [kind, colour] of Object.entries(EVENT_COLOURS)) styles.push({ selector: `node.event.${kind}`, style: { 'background-color': colour } });
  for (const [country, colour] of colours)
    styles.push({ selector: `node.entity[country = "${country}"]`, style: { 'background-color': colour } });
  // A large graph shows the labels of the edges being looked at only.
  const edgeLabel: Record<string, string> = large ? { label } : {};
  styles.push(
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: 'node.highlighted', style: { 'border-color': '#111827', 'border-width': 2.5, 'z-index': 9, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.highlighted', style: { 'line-color': '#374151', 'target-arrow-color': '#374151', width: 2.2, 'z-index': 9, 'min-zoomed-font-size': 0, ...edgeLabel } },
    { selector: 'node.chosen', style: { 'border-color': '#f59e0b', 'border-width': 4, 'z-index': 10, 'overlay-opacity': 0, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.chosen', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 3.5, 'z-index': 10, 'min-zoomed-font-size': 0, ...edgeLabel } },
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
  );
  styles.push(...analysisStyles(edgeLabel));
  return styles;
}

/** Community colours (Tol's bright and light schemes), in the order communities are ranked by size. */
export const COMMUNITY_PALETTE = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#EE8866', '#44BB99', '#BBCC33', '#99DDFF', '#FFAABB', '#77AADD'];

/**
 * The analysis classes (src/cytoscape/analysisClasses.ts): sizes from data(aSize), community
 * colours, dimming outside a focus or a path, the paths and the trail's own path, the focus.
 * Appended last so they win over kind and country styles; `.chosen` stays visible on top.
 */
function analysisStyles(edgeLabel: Record<string, string>): Style[] {
  return [
    { selector: 'node[aSize]', style: { width: 'data(aSize)', height: 'data(aSize)' } },
    ...COMMUNITY_PALETTE.map((colour, i) => ({ selector: `node.a-comm-${i}`, style: { 'background-color': colour } })),
    { selector: 'node.a-comm-x', style: { 'background-color': '#c4c8cf' } },
    { selector: '.a-dim', style: { opacity: 0.12, 'text-opacity': 0.1 } },
    { selector: 'node.a-path', style: { 'border-color': '#7c3aed', 'border-width': 3, 'z-index': 11, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.a-path', style: { 'line-color': '#a78bfa', 'target-arrow-color': '#a78bfa', width: 3, 'z-index': 11 } },
    { selector: 'node.a-trail', style: { 'border-color': '#5b21b6', 'border-width': 5 } },
    { selector: 'edge.a-trail', style: { 'line-color': '#5b21b6', 'target-arrow-color': '#5b21b6', width: 5, 'min-zoomed-font-size': 0, ...edgeLabel } },
    { selector: 'node.a-focus', style: { 'border-color': '#0f766e', 'border-width': 5, 'border-style': 'double', 'min-zoomed-font-size': 0 } },
  ];
}
