// The curation workbench's pure logic (issue 17), in one import for the UI. No React, no DOM.
export { findMentions, findMentionsWith, buildMentionIndex, type Mention, type MentionEntity, type MentionIndex } from './mentions';
export { findDatePhrases, ORDINAL_DAYS, type DatePhraseKind, type DateSuggestion, type PublishedLike } from './datePhrases';
export { sentenceSpans, factCoverage, allEvidence, type Coverage, type Span } from './sentences';
export {
  createDraft,
  draftReducer,
  referencesTo,
  renameDoc,
  spanEvidence,
  validateDraft,
  createHistory,
  pushHistory,
  undo,
  redo,
  canUndo,
  canRedo,
  DEFAULT_HISTORY_LIMIT,
  type Draft,
  type DraftAction,
  type DraftIssue,
  type EvidenceTarget,
  type History,
} from './draft';
export { acceptMention, acceptDate, dismiss, pending, type DateTarget } from './accept';
export { toDatasetFolder, type DatasetFolder } from './datasetFolder';
