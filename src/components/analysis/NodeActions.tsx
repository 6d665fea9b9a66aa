// Analysis moves from the details panel: focus on this node, or make it one end of a path.
// Choosing the second end opens the analysis panel, where the paths and their trail are read.
import { appStore, useApp } from '../../store/store';
import { useAnalysisT } from './useAnalysisT';

export function NodeActions({ id }: { id: string }) {
  const t = useAnalysisT();
  const isActor = useApp((s) => s.model?.entityById.has(id) ?? false);
  const a = useApp((s) => s.analysis);
  const setAnalysis = useApp((s) => s.setAnalysis);
  const end = (key: 'pathFrom' | 'pathTo') => {
    setAnalysis({ [key]: id });
    const next = appStore.getState().analysis;
    if (next.pathFrom && next.pathTo) appStore.getState().setPanel('analysis');
  };
  return (
    <div className="analysis-buttons node-actions">
      <button type="button" disabled={a.focus === id} onClick={() => setAnalysis({ focus: id })}>
        {t.focusSelection}
      </button>
      {isActor ? (
        <>
          <button type="button" disabled={a.pathFrom === id} onClick={() => end('pathFrom')}>
            {t.fromSelection}
          </button>
          <button type="button" disabled={a.pathTo === id} onClick={() => end('pathTo')}>
            {t.toSelection}
          </button>
        </>
      ) : null}
    </div>
  );
}
