// Types of findings-summary.js, for the tests (the bench scripts are plain JavaScript).
export declare const PER_BYTES: number

export interface ReportMessage {
  ruleId?: string | null
  fatal?: boolean | null
}

export interface ReportFile {
  path: string
  lang?: string
  messages: ReportMessage[]
}

export interface RuleRow {
  rule: string
  findings: number
  errors: number
  warnings: number
  infos: number
  files: number
  per500KB: number
}

export interface Summary {
  files: number
  bytes: number
  languages: Record<string, number>
  findings: number
  per500KB: number
  rules: RuleRow[]
}

export declare function summarize(report: ReportFile[], bytesOf: (path: string) => number): Summary
export declare function formatSummary(summary: Summary): string
