/** What the decision dialog answers. */
export interface DecisionValue {
  decision: 'approve' | 'reject';
  comment: string;
}
