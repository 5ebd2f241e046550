import type { CaseListRow } from './case-list/case-list-table';
import type { CaseFiguresRow, FigureFlowRow } from './figures/figures-tables';

/** The read models as readers see them: views over each projection's live generation. */
export interface ReadModelTables {
  case_list: CaseListRow;
  case_figures: CaseFiguresRow;
  figure_flows: FigureFlowRow;
}
