// Wire types of rule sources, shared by every result that explains itself (evaluations, award computations).
// libs/policy produces them; libs/policy/test/contracts-conformance.spec.ts fails to compile when it stops doing so.

/** How sure we are of a rule's wording: confirmed from the text, secondary sources only, or an unconfirmed reading. */
export type SourceConfidence = 'confirmed' | 'secondary' | 'unconfirmed';

/** Where a rule, amount or threshold comes from. */
export interface SourceRefDto {
  /** Title of the document, e.g. 《中小企业划型标准规定》. */
  readonly title: string;
  /** 文号, e.g. 工信部联企业〔2011〕300号. */
  readonly docNo: string;
  /** Article / item within the document, e.g. 第四条（二）. */
  readonly article?: string;
  readonly url?: string;
  readonly confidence: SourceConfidence;
}

/** A dated rule version; `effectiveTo` is inclusive, absent while in force. */
export interface RuleVersionRefDto {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: SourceRefDto;
}

/** A parameter whose value is a reading of an ambiguous text, awaiting the authority's confirmation. */
export interface PendingConfirmationDto {
  readonly parameter: string;
  readonly value: string;
  readonly note: string;
  readonly confirmBy: string;
}
