import {z} from 'zod'

export const severitySchema = z.enum(['off', 'warn', 'error'])

/** `"warn"` or `["warn", {options}]`, as ESLint and unified-lint-rule take it. */
export const ruleSettingSchema = z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, z.unknown()])])

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'expected a real calendar date')

export const configSchema = z
  .object({
    lang: z.enum(['fr', 'en', 'auto']).optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    plugins: z.array(z.string().min(1)).optional(),
    ignore: z.array(z.string().min(1)).optional(),
    /** Publication date used to place dates without a year. */
    referenceDate: isoDate.optional()
  })
  .strict()

export type Config = z.infer<typeof configSchema>
export type RuleSetting = z.infer<typeof ruleSettingSchema>
export type SeveritySetting = z.infer<typeof severitySchema>
