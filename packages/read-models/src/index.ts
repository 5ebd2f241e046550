// The public surface of @hotline/read-models.
export type { Projection, TableNames } from './projection';
export { productProjections } from './projections';
export { CHECKPOINT_MIGRATIONS as READ_MODEL_MIGRATIONS, readCheckpoint, type Checkpoint } from './runner/checkpoints';
export { runProjection, type RunningProjection, type RunProjectionOptions, type ProjectionLogger } from './runner/run-projection';
export { rebuildProjection, rebuildProjections, type RebuildOptions, type RebuildResult } from './runner/rebuild-projection';
export { ensureProjection } from './runner/generations';
export type { ReadModelTables } from './read-model-tables';

export { caseListProjection } from './case-list/case-list-projection';
export { listCases, type CaseListFilters, type CaseListPage, type ListScope } from './case-list/list-cases';
export type { CaseListItem } from './case-list/list-item';
export { casesChangedSince, casesDueBy } from './case-list/cases-changed-since';
export { InvalidCursor } from './case-list/cursor';

export { createFiguresProjection } from './figures/figures-projection';
export { figuresFor, FIGURE_GROUPINGS, type FigureGrouping, type FigureGroup, type FiguresFilters, type FiguresReport } from './figures/figures-query';
export { FIGURE_KEYS, type Figures } from './figures/figures';
export type { Rate } from './figures/rate';

export { periodSentence } from './reports/period-sentence';
export { periodLabel } from './reports/period-label';
export { bureauCount, bureauMoney, bureauPercent } from './reports/bureau-numbers';
export { figuresCsv } from './reports/figures-csv';
