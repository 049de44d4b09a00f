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
      <div className="field">
        <label htmlFor="f-country">Country</label>
        <input
          id="f-country"
          list="country-codes"
          value={draft.country ?? ""}
          onChange={set("country")}
          placeholder="CN"
          size={6}
        />
        <datalist id="country-codes">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="f-actor">Actor</label>
        <input id="f-actor" value={draft.actor ?? ""} onChange={set("actor")} placeholder="name or id" size={14} />
      </div>
      <div className="field">
        <label htmlFor="f-type">Type</label>
        <select id="f-type" value={draft.type ?? ""} onChange={set("type")}>
          <option value="">any</option>
          {EVENT_TYPE_ORDER.map((t) => (
            <option key={t} value={t}>
              {formatEventType(t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input id="f-from" type="date" value={draft.from ?? ""} onChange={set("from")} />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input id="f-to" type="date" value={draft.to ?? ""} onChange={set("to")} />
      </div>
      <div className="field grow">
        <label htmlFor="f-text">Text</label>
        <input
          id="f-text"
          type="search"
          value={draft.text ?? ""}
          onChange={set("text")}
          placeholder="words in evidence or headline"
        />
      </div>
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
