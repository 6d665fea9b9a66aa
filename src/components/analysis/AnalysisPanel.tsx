// The analysis panel: neighbourhood focus, paths with their evidence trail, importance and groups.
// Each section has its own error boundary, so one failing leaves the others usable.
import { PanelBoundary } from '../PanelBoundary';
import { FocusSection } from './FocusSection';
import { MetricsSection } from './MetricsSection';
import { PathSection } from './PathSection';
import './analysis.css';

export function AnalysisPanel() {
  return (
    <div className="analysis-panel">
      <PanelBoundary name="analysis-paths">
        <PathSection />
      </PanelBoundary>
      <PanelBoundary name="analysis-focus">
        <FocusSection />
      </PanelBoundary>
      <PanelBoundary name="analysis-metrics">
        <MetricsSection />
      </PanelBoundary>
    </div>
  );
}
