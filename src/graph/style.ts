// The Cytoscape stylesheet as plain data: shapes by kind, colours by country, and the classes the
// canvas toggles (hidden, faded, highlighted, selected). Pure, so it is testable and cheap to swap
// when the language changes (labels come from a different data field).
import type { Lang } from '../i18n/strings';
import { NO_COUNTRY_COLOUR } from './colours';

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

export { COUNTRY_PALETTE, NO_COUNTRY_COLOUR, countryColour, countryColours } from './colours';
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

type Style = { selector: string; style: Record<string, string | number> };

/**
 * On-screen label sizes. Labels smaller than LEGIBLE_PX on screen are not drawn at all (a smudge
 * of 7 px text helps nobody); the cached layout is made so that the first view at 1366×768 shows
 * every label at or above it. Exported for the legibility tests.
 */
export const LEGIBLE_PX = 10;
export const FONT = { actor: 12.5, country: 14, event: 11.5, edge: 10.5 } as const;
export const FONT_FAMILY: Record<Lang, string> = { en: 'Inter, system-ui, sans-serif', fa: 'Vazirmatn, sans-serif' };

/**
 * The stylesheet. `large` (past GraphCanvas's size threshold) trades finish for speed where it
 * costs per element and is invisible anyway at the zoom levels Cytoscape draws a big graph at:
 * no label backgrounds, straight haystack edges without arrows, and labels hidden until readable.
 * Edge labels (roles, relation kinds) are drawn only on the edges being looked at: those around
 * the hovered or selected node.
 */
export function buildStylesheet(colours: Map<string, string>, lang: Lang, large = false): Style[] {
  const label = lang === 'fa' ? 'data(labelFa)' : 'data(label)';
  const font = FONT_FAMILY[lang];
  const labelBackground: Record<string, string | number> = large
    ? {}
    : { 'text-background-color': '#fbfbfc', 'text-background-opacity': 0.85, 'text-background-padding': '1px', 'text-background-shape': 'round-rectangle' };
  const styles: Style[] = [
    {
      selector: 'node',
      style: {
        label,
        'font-family': font,
        'font-size': FONT.actor,
        color: '#1d2330',
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': '118px',
        'line-height': 1.1,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        ...labelBackground,
        ...(large ? { 'text-outline-color': '#ffffff', 'text-outline-width': 2 } : {}),
        // Labels too small to read are hidden rather than piled up; zooming in brings them back.
        'min-zoomed-font-size': large ? 9 : LEGIBLE_PX,
        width: 22,
        height: 22,
        'background-color': NO_COUNTRY_COLOUR,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.country', style: { width: 34, height: 34, 'font-size': FONT.country, 'font-weight': 'bold' } },
    {
      selector: 'node.event',
      style: {
        shape: EVENT_SHAPE,
        width: 18,
        height: 13,
        'border-width': 1.5,
        'border-color': '#6b7280',
        'font-size': FONT.event,
        'text-max-width': '104px',
        color: '#374151',
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
            'line-color': '#c3c8d0',
            'target-arrow-color': '#c3c8d0',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            'curve-style': 'bezier',
            'font-family': font,
            'font-size': FONT.edge,
            color: '#374151',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 0,
          },
    },
    { selector: 'edge.participation', style: { 'line-style': 'solid', 'target-arrow-shape': 'none' } },
    { selector: 'edge.relation', style: { 'line-color': '#8b93a1', 'target-arrow-color': '#8b93a1', width: 1.5 } },
    // More independent origins, a thicker line (corroborationWeight.ts); highlights and choices override.
    { selector: 'edge[origins > 1]', style: { width: 'data(weight)' } },
  ];
  for (const [kind, shape] of Object.entries(ENTITY_SHAPES)) styles.push({ selector: `node.entity.${kind}`, style: { shape } });
  for (const [kind, colour] of Object.entries(EVENT_COLOURS)) styles.push({ selector: `node.event.${kind}`, style: { 'background-color': colour } });
  for (const [country, colour] of colours)
    styles.push({ selector: `node.entity[country = "${country}"]`, style: { 'background-color': colour } });
  styles.push(
    { selector: '.hidden', style: { display: 'none' } },
    // Filtered out, in "dim" mode: still in place, barely there, and not a target.
    { selector: '.filtered', style: { opacity: 0.12, 'text-opacity': 0, events: 'no' } },
    // Outside the focus (the hovered or selected node's neighbourhood).
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { 'border-color': '#111827', 'border-width': 2.5, 'z-index': 9, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.highlighted', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', width: 2.2, 'z-index': 9, label } },
    { selector: 'node.chosen', style: { 'border-color': '#f59e0b', 'border-width': 4, 'z-index': 10, 'overlay-opacity': 0, 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
    { selector: 'edge.chosen', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 3.5, 'z-index': 10, label } },
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
  );
  styles.push(...analysisStyles({ label }));
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
