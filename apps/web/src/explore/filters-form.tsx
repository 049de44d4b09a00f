import { type FormEvent, useEffect, useState } from "react";
import { type EventFilters, readFilters } from "../lib/route.js";
import type { CountrySummary } from "./api-schemas.js";
import { EVENT_TYPE_ORDER, formatEventType } from "./event-types.js";

/** The explorer's filters; applies them on submit, so each search is one history entry. */
export function FiltersForm({
  filters,
  countries,
  onApply,
}: {
  filters: EventFilters;
  countries: readonly CountrySummary[];
  onApply: (filters: EventFilters) => void;
}) {
  const [draft, setDraft] = useState<Record<string, string>>(() => toDraft(filters));
  useEffect(() => setDraft(toDraft(filters)), [filters]);
  const set = (key: keyof EventFilters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(readFilters(new URLSearchParams(draft)));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter events">
      <label>
        Country
        <input list="country-codes" value={draft.country ?? ""} onChange={set("country")} placeholder="CN" size={6} />
      </label>
      <datalist id="country-codes">
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </datalist>
      <label>
        Actor
        <input value={draft.actor ?? ""} onChange={set("actor")} placeholder="name or id" size={14} />
      </label>
      <label>
        Type
        <select value={draft.type ?? ""} onChange={set("type")}>
          <option value="">any</option>
          {EVENT_TYPE_ORDER.map((t) => (
            <option key={t} value={t}>
              {formatEventType(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={draft.from ?? ""} onChange={set("from")} />
      </label>
      <label>
        To
        <input type="date" value={draft.to ?? ""} onChange={set("to")} />
      </label>
      <label className="grow">
        Text
        <input
          type="search"
          value={draft.text ?? ""}
          onChange={set("text")}
          placeholder="words in evidence or headline"
        />
      </label>
      <div className="filter-buttons">
        <button type="submit" className="primary">
          Apply
        </button>
        <button type="button" onClick={() => onApply({})} disabled={Object.keys(filters).length === 0}>
          Reset
        </button>
      </div>
    </form>
  );
}

function toDraft(filters: EventFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}
