import {z} from 'zod'

export const severitySchema = z.enum(['off', 'warn', 'error'])

/** `"warn"` or `["warn", {options}]`, as ESLint and unified-lint-rule take it. */
export const ruleSettingSchema = z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, z.unknown()])])

function buildConfigSchema() {
  // One check, so that a bad date gives one line: the form first, then the calendar.
  const isoDate = z.string().superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({code: 'custom', message: 'expected a date as YYYY-MM-DD'})
    else if (Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
      ctx.addIssue({code: 'custom', message: 'expected a real calendar date'})
    }
  })
  const lang = z.enum(['fr', 'en', 'auto'])
  const rules = z.record(z.string(), ruleSettingSchema)
  return z
    .object({
      lang: lang.optional(),
      rules: rules.optional(),
      plugins: z.array(z.string().min(1)).optional(),
      ignore: z.array(z.string().min(1)).optional(),
      /** Publication date used to place dates without a year. */
      referenceDate: isoDate.optional(),
      /** The archive of published paragraphs to lint against (`--archive`): true for .factlint/archive.sqlite, a file or a postgres:// URL. */
      archive: z.union([z.boolean(), z.string().min(1)]).optional(),
      /** Settings for the files some globs match (relative to the configuration's folder), applied in order. */
      overrides: z
        .array(
          z
            .object({
              files: z.array(z.string().min(1)).min(1),
              lang: lang.optional(),
              referenceDate: isoDate.optional(),
              rules: rules.optional()
            })
            .strict()
        )
        .optional()
    })
    .strict()
}

let built: ReturnType<typeof buildConfigSchema> | undefined

/**
 * The schema of a configuration file, built on first use: building it costs
 * about 3 ms of every start-up, and most runs read no configuration file.
 */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  built ??= buildConfigSchema()
  return built
}

export type Config = z.infer<ReturnType<typeof buildConfigSchema>>
export type RuleSetting = z.infer<typeof ruleSettingSchema>
export type SeveritySetting = z.infer<typeof severitySchema>
