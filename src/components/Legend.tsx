import { useMemo, useState } from 'react';
import { kindName } from '../i18n/kinds';
import { useT } from '../i18n/useT';
import { BASE_WIDTH, MAX_WIDTH } from '../graph/corroborationWeight';
import { countryColours, ENTITY_SHAPES, EVENT_COLOURS } from '../graph/style';
import { useApp } from '../store/store';
import { nodeName } from './names';

const OPEN_KEY = 'kavosh.legendOpen';

function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) !== '0';
  } catch {
    return true;
  }
}

function writeOpen(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // Storage disabled: the legend simply opens again next time.
  }
}

/**
 * Shape and colour keys, beside the filters (never over the graph). Shapes are drawn as CSS clip
 * paths resembling the canvas shapes. Whether it is open is remembered across visits.
 */
export function Legend() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const [open, setOpen] = useState(readOpen);
  const colours = useMemo(() => countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country') : []), [model]);
  if (!model) return null;
  const kinds = new Set<string>(model.dataset.entities.map((e) => e.kind));
  const eventKinds = new Set<string>(model.dataset.events.map((e) => e.kind));
  return (
    <details
      className="legend"
      open={open}
      onToggle={(e) => {
        const next = e.currentTarget.open;
        if (next === open) return;
        setOpen(next);
        writeOpen(next);
      }}
    >
      <summary>{t('legend')}</summary>
      <ul>
        {[...colours].map(([id, colour]) => (
          <li key={id}>
            <span className="swatch" style={{ background: colour }} aria-hidden />
            {nodeName(model, id, lang)}
          </li>
        ))}
      </ul>
      <ul>
        {Object.keys(ENTITY_SHAPES)
          .filter((k) => kinds.has(k))
          .map((k) => (
            <li key={k}>
              <span className={`shape shape-${k}`} aria-hidden />
              {kindName(k, lang)}
            </li>
          ))}
        {Object.entries(EVENT_COLOURS)
          .filter(([k]) => eventKinds.has(k))
          .map(([k, colour]) => (
            <li key={k}>
              <span className="shape shape-event" style={{ background: colour }} aria-hidden />
              {kindName(k, lang)}
            </li>
          ))}
        <li className="legend-origins">
          {/* The thinnest and the thickest line the canvas draws (corroborationWeight.ts). */}
          <svg width="22" height="12" aria-hidden>
            <line x1="1" y1="3" x2="21" y2="3" stroke="#8b93a1" strokeWidth={BASE_WIDTH} />
            <line x1="1" y1="9" x2="21" y2="9" stroke="#8b93a1" strokeWidth={MAX_WIDTH} />
          </svg>
          {t('legendOrigins')}
        </li>
      </ul>
    </details>
  );
}
