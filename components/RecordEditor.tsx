// The form for a record's fields, used to correct a record and to add one by hand. Values are
// checked with the record schema before anything is sent; fields set by hand are marked.
import { type FormEvent, useId, useState } from "react";
import type { AwardFields } from "@/lib/records/schema";
import { AWARDEE_TYPES, FIXED_CATEGORIES, SCOPES } from "@/lib/records/vocabulary";
import { errorText } from "./errors";
import {
  checkFields,
  FIELD_LABELS,
  FIELD_ORDER,
  type FieldName,
  type FormValues,
  toFormValues,
} from "./fields";
import { t } from "./i18n";
import { awardeeTypeLabel, categoryLabel, scopeLabel } from "./labels";

export interface RecordEditorProps {
  /** The values to start from: a record's, or some filled in for an addition (the rest blank). */
  initial: Partial<AwardFields> | null;
  correctedFields?: readonly string[];
  submitLabel: string;
  /** Saves checked fields; a rejection's message is shown and the form keeps its values. */
  onSubmit(fields: AwardFields): Promise<void>;
  /** Extra inputs (the article and sentence of a record added by hand). */
  children?: React.ReactNode;
}

export function RecordEditor({
  initial,
  correctedFields = [],
  submitLabel,
  onSubmit,
  children,
}: RecordEditorProps) {
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => toFormValues(initial));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: FieldName, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const checked = checkFields(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure(t("notSavedInvalid"));
      const first = FIELD_ORDER.find((f) => checked.errors[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(checked.fields);
    } catch (err) {
      setFailure(t("notSaved", errorText(err)));
    } finally {
      setBusy(false);
    }
  }

  const input = (name: FieldName) => {
    const common = {
      id: `${id}-${name}`,
      value: values[name],
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
    } as const;
    switch (name) {
      case "awardeeType":
        return (
          <select {...common} onChange={(e) => set(name, e.target.value)}>
            {AWARDEE_TYPES.map((type) => (
              <option key={type} value={type}>
                {awardeeTypeLabel(type)}
              </option>
            ))}
          </select>
        );
      case "scope":
        return (
          <select {...common} onChange={(e) => set(name, e.target.value)}>
            <option value="">{t("filterUnknown")}</option>
            {SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {scopeLabel(scope)}
              </option>
            ))}
          </select>
        );
      case "category":
        return (
          <>
            <input {...common} list={`${id}-categories`} onChange={(e) => set(name, e.target.value)} />
            <datalist id={`${id}-categories`}>
              {FIXED_CATEGORIES.map((code) => (
                <option key={code} value={code}>
                  {categoryLabel(code)}
                </option>
              ))}
            </datalist>
          </>
        );
      case "rank":
      case "year":
        return <input {...common} inputMode="numeric" onChange={(e) => set(name, e.target.value)} />;
      default:
        return <input {...common} onChange={(e) => set(name, e.target.value)} />;
    }
  };

  return (
    <form className="record-editor" onSubmit={submit} noValidate>
      <div className="fields">
        {FIELD_ORDER.map((name) => (
          <div key={name} className={`field field-${name}`}>
            <label htmlFor={`${id}-${name}`}>
              {t(FIELD_LABELS[name])}
              {correctedFields.includes(name) && <span className="corrected-tag">{t("correctedTag")}</span>}
            </label>
            {input(name)}
            {errors[name] && (
              <span className="field-error" id={`${id}-${name}-error`}>
                {errors[name]}
              </span>
            )}
          </div>
        ))}
      </div>
      {children}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
