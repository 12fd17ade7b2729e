import type { z } from 'zod'

// The contract as one plain JavaScript check, written at build time into the
// bundled CLI (bin/bundle-cli.mjs) in place of `ArticleSchema.parse`: it
// answers only whether a draft matches, building nothing, where a parse
// builds a copy of the whole Article. Each object schema of the contract
// becomes one small function, called wherever the schema is used, so that V8
// compiles (and each batch worker recompiles) little code; zod's own compiler
// inlines every use of every sub-schema into one large function.
//
// Only the kinds of schema the contract uses are written; anything else (a
// string length, a transform…) makes `compileCheck` throw, and the
// bundle then keeps zod's parse. test/compile-check.test.ts holds the check's
// answers to ArticleSchema.safeParse on valid and on broken Articles.

/** The parts of a zod 4 schema's definition that the check is written from. */
interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  innerType?: z.ZodType
  element?: z.ZodType
  entries?: Record<string, unknown>
  values?: unknown[]
  options?: z.ZodType[]
  checks?: Array<{ _zod: { def: CheckDef } }>
}

interface CheckDef {
  check: string
  format?: string
  value?: unknown
  inclusive?: boolean
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/** A JavaScript literal for a value of a literal or an enum (strings, finite numbers, booleans, null). */
function literal(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  throw new Error(`compile-check: cannot write the literal ${String(value)}`)
}

function unsupported(what: string): never {
  throw new Error(`compile-check: the check cannot express ${what}; keep zod's parse`)
}

/** The conditions on a number that zod's `.int()` and `.min()` add, as JavaScript tests of `v`. */
function numberTests(checks: Def['checks']): string[] {
  const tests = ['typeof v === "number"', 'Number.isFinite(v)']
  for (const { _zod } of checks ?? []) {
    const c = _zod.def
    if (c.check === 'number_format' && c.format === 'safeint') tests.push('Number.isSafeInteger(v)')
    else if (c.check === 'greater_than' && typeof c.value === 'number')
      tests.push(`v ${c.inclusive ? '>=' : '>'} ${literal(c.value)}`)
    else if (c.check === 'less_than' && typeof c.value === 'number')
      tests.push(`v ${c.inclusive ? '<=' : '<'} ${literal(c.value)}`)
    else unsupported(`the number check ${c.check}${c.format ? ` (${c.format})` : ''}`)
  }
  return tests
}

class CheckWriter {
  private readonly functions: string[] = []
  private readonly names = new Map<z.ZodType, string>()
  /** Function names by body: two `z.number().int().min(0)` are one function. */
  private readonly bodies = new Map<string, string>()

  /**
   * A JavaScript expression that is true when `value` matches `schema`: tests
   * joined by `||` (or one call), to be put in parentheses by whoever negates it.
   */
  expression(schema: z.ZodType, value: string): string {
    const def = defOf(schema)
    const noChecks = () => {
      if (def.checks?.length) unsupported(`checks on a ${def.type}`)
    }
    switch (def.type) {
      case 'string':
        noChecks()
        return `typeof ${value} === "string"`
      case 'boolean':
        noChecks()
        return `typeof ${value} === "boolean"`
      case 'literal':
        return def.values!.map((v) => `${value} === ${literal(v)}`).join(' || ')
      case 'enum':
        return Object.values(def.entries!)
          .map((v) => `${value} === ${literal(v)}`)
          .join(' || ')
      case 'nullable':
        return `${value} === null || ${this.expression(def.innerType!, value)}`
      case 'optional':
        return `${value} === undefined || ${this.expression(def.innerType!, value)}`
      case 'union':
        // A body block is a paragraph, a table or a list: it matches when one of them does.
        return def.options!.map((option) => `(${this.expression(option, value)})`).join(' || ')
      case 'number':
      case 'array':
      case 'object':
        // Each of these reads its value more than once: it gets a function of its own.
        return `${this.functionFor(schema)}(${value})`
      default:
        return unsupported(`a schema of type ${def.type}`)
    }
  }

  /** The name of the function checking `schema`: one per distinct check, written the first time it is asked for. */
  private functionFor(schema: z.ZodType): string {
    const known = this.names.get(schema)
    if (known) return known
    const def = defOf(schema)
    let body: string[]
    if (def.type === 'number') body = [`return ${numberTests(def.checks).join(' && ')}`]
    else if (def.type === 'array') {
      if (def.checks?.length) unsupported('checks on an array')
      body = [
        'if (!Array.isArray(v)) return false',
        `for (let i = 0; i < v.length; i++) if (!(${this.expression(def.element!, 'v[i]')})) return false`,
        'return true',
      ]
    } else body = this.objectBody(def)
    const text = body.join('\n  ')
    let name = this.bodies.get(text)
    if (!name) {
      name = `check${this.bodies.size}`
      this.bodies.set(text, name)
      this.functions.push(`function ${name}(v) {\n  ${text}\n}`)
    }
    this.names.set(schema, name)
    return name
  }

  /** A strict object: an object, not an array, with no key outside its shape, each key's value matching. */
  private objectBody(def: Def): string[] {
    if (!def.catchall || defOf(def.catchall).type !== 'never') unsupported('an object that is not strict')
    if (def.checks?.length) unsupported('checks on an object')
    const keys = Object.keys(def.shape!)
    return [
      'if (typeof v !== "object" || v === null || Array.isArray(v)) return false',
      `for (const k in v) if (${keys.map((k) => `k !== ${JSON.stringify(k)}`).join(' && ')}) return false`,
      ...keys.map((k) => `if (!(${this.expression(def.shape![k]!, `v[${JSON.stringify(k)}]`)})) return false`),
      'return true',
    ]
  }

  /** The functions written, the one for the top schema last. */
  source(): string {
    return this.functions.join('\n')
  }
}

/**
 * JavaScript source defining `function <name>(v)`, true when `v` matches
 * `schema` exactly as `schema.safeParse(v).success` would say (for plain
 * data, as a draft Article is). Throws if the schema uses anything it cannot
 * write.
 */
export function compileCheck(schema: z.ZodType, name: string): string {
  const writer = new CheckWriter()
  const top = writer.expression(schema, 'v')
  return `${writer.source()}\nfunction ${name}(v) {\n  return ${top}\n}\n`
}
