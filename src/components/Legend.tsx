import { useMemo } from 'react';
import { kindName } from '../i18n/kinds';
import { useT } from '../i18n/useT';
import { countryColours, ENTITY_SHAPES, EVENT_COLOURS } from '../graph/style';
import { useApp } from '../store/store';
import { nodeName } from './names';

/** Shape and colour keys. Shapes are drawn as CSS clip paths resembling the canvas shapes. */
export function Legend() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const colours = useMemo(
    () => countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id) : []),
    [model],
  );
  if (!model) return null;
  const kinds = new Set<string>(model.dataset.entities.map((e) => e.kind));
  const eventKinds = new Set<string>(model.dataset.events.map((e) => e.kind));
  return (
    // Open by default only where the graph has room for it; it is one click away elsewhere.
    <details className="legend" open={window.innerHeight >= 860}>
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
      </ul>
    </details>
  );
}
