// zod/mini ships without message locales (to stay small), so its messages say only "Invalid
// input". This turns its issues into sentences a reader or developer can act on.
import type * as z from "zod/mini";

type Issue = z.core.$ZodIssue;

function where(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || "value";
}

function describe(issue: Issue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `must have at least ${String(issue.minimum)} ${issue.origin === "string" ? "character(s)" : "item(s)"}`
        : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_format":
      return `is not a valid ${issue.format}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field(s) ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "does not match any accepted shape";
    default:
      return "is not valid";
  }
}

/** "records[2].year: must be at least 2000; article.url: is not a valid url" (the first few). */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => `${where(issue.path)}: ${describe(issue)}`);
  const more = error.issues.length - max;
  return more > 0 ? `${parts.join("; ")} (and ${more} more)` : parts.join("; ");
}
