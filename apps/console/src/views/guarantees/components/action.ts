export type GuaranteeActionKind = 'review' | 'decide' | 'issue' | 'repay' | 'compensate' | 'recover';

/** What the dialog hands to the page, which calls the API and shows the server's error in `error`. */
export type GuaranteeActionValue =
  | { kind: 'review' | 'decide'; body: Api.Guarantees.StepRequest }
  | { kind: 'issue'; body: Api.Guarantees.IssueRequest }
  | { kind: 'repay' | 'compensate' | 'recover'; body: Api.Guarantees.CloseRequest };
