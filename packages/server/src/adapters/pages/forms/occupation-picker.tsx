/**
 * Choosing occupations without typing codes: a search box and a list to tick (several, for
 * evidence) or to choose one from (a role), optionally with each occupation's definition and main
 * tasks to read before choosing. Without JavaScript the search is a form button
 * (`_action=search`); with it, the form script searches as one types (`GET /api/occupations`),
 * fills the previews (`GET /api/occupations/{code}`) and, on a role, suggests from the title
 * (`POST /api/classify`). Nothing is chosen for the user.
 */

import { FieldError, idOf } from './fields.js';
import { ACTION_FIELD } from './form-actions.js';

export interface OccupationOption {
  code: string;
  name: string;
  definition?: string | null;
  /** Main tasks (the first few are shown). */
  tasks?: readonly string[];
}

/** How many tasks a preview shows. */
export const PREVIEW_TASKS = 4;

export interface PickerTexts {
  query: string;
  search: string;
  searching: string;
  /** With `{n}` for the count. */
  found: string;
  none: string;
  failed: string;
  allTasks: string;
  tasksLabel: string;
  noDefinition: string;
  /** Said when a search found nothing. */
  noResults: (q: string) => string;
}

export interface OccupationPickerProps {
  /** The field the chosen codes are posted as (`occupationCodes`, `occupationCode`). */
  name: string;
  multiple: boolean;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Chosen ones, shown first and ticked. */
  picked: readonly OccupationOption[];
  /** Found or suggested ones, not ticked. */
  results: readonly OccupationOption[];
  /** A sentence above the results (e.g. what they were suggested for). */
  resultsIntro?: string | undefined;
  /** The search box: its field name and what was typed; `searched` when a search ran. */
  queryName: string;
  query: string;
  searched: boolean;
  /** Show definitions and main tasks. */
  preview: boolean;
  /** A last choice for "none of these" (single choice only), with its label. */
  noneLabel?: string | undefined;
  noneChecked?: boolean;
  /** Ids of the fields a role's suggestions are classified from (the script re-suggests on change). */
  classifyFrom?: { title: string; description: string } | undefined;
  /** The search box above the list (evidence), or below it as a fallback to suggestions (a role). */
  searchFirst?: boolean;
  texts: PickerTexts;
}

function Option({
  o,
  name,
  multiple,
  checked,
  preview,
  texts,
}: {
  o: OccupationOption;
  name: string;
  multiple: boolean;
  checked: boolean;
  preview: boolean;
  texts: PickerTexts;
}) {
  return (
    <div class="option-card" data-picker-option>
      <label class="check">
        <input type={multiple ? 'checkbox' : 'radio'} name={name} value={o.code} checked={checked} />{' '}
        <span>
          <strong data-slot="name">{o.name}</strong>{' '}
          <span class="code" data-slot="code">
            {o.code}
          </span>
        </span>
      </label>
      {preview && (
        <div class="option-preview">
          <p class="hint" data-slot="definition">
            {o.definition === undefined ? '' : (o.definition ?? texts.noDefinition)}
          </p>
          <p class="hint option-tasks-label">{texts.tasksLabel}</p>
          <ul class="option-tasks" data-slot="tasks">
            {(o.tasks ?? []).slice(0, PREVIEW_TASKS).map((t) => (
              <li>{t}</li>
            ))}
          </ul>
          <a href={`/occupations/${o.code}`} data-slot="link" target="_blank" rel="noopener">
            {texts.allTasks}
          </a>
        </div>
      )}
    </div>
  );
}

export function OccupationPicker(props: OccupationPickerProps) {
  const { texts, name, multiple, preview } = props;
  const queryId = idOf(props.queryName);
  const pickedCodes = new Set(props.picked.map((o) => o.code));
  const results = props.results.filter((o) => !pickedCodes.has(o.code));
  const status =
    props.searched && props.results.length === 0 && props.query ? texts.noResults(props.query) : '';
  const searchFirst = props.searchFirst ?? true;
  const search = (
    <>
      <div class="picker-search">
        <label for={queryId}>{texts.query}</label>
        <div class="search-row">
          <input
            id={queryId}
            name={props.queryName}
            type="search"
            value={props.query}
            maxlength={200}
            data-picker-query
          />
          <button
            type="submit"
            name={ACTION_FIELD}
            value="search"
            formnovalidate
            class="secondary"
            data-picker-search
          >
            {texts.search}
          </button>
        </div>
      </div>
      <p
        class="hint"
        aria-live="polite"
        data-picker-status
        data-searching={texts.searching}
        data-found={texts.found}
        data-none={texts.none}
        data-failed={texts.failed}
      >
        {status}
      </p>
    </>
  );
  return (
    <fieldset
      id={idOf(name)}
      class="picker"
      data-picker
      data-name={name}
      data-multiple={String(multiple)}
      data-preview={String(preview)}
      data-classify-title={props.classifyFrom?.title}
      data-classify-description={props.classifyFrom?.description}
      aria-describedby={props.error ? `${idOf(name)}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldError id={`${idOf(name)}-error`} error={props.error} />
      {searchFirst && search}
      <div class="picker-options" data-picker-options>
        {props.picked.map((o) => (
          <Option o={o} name={name} multiple={multiple} checked preview={preview} texts={texts} />
        ))}
        {props.resultsIntro && results.length > 0 && (
          <p class="hint" data-picker-intro>
            {props.resultsIntro}
          </p>
        )}
        {results.map((o) => (
          <Option o={o} name={name} multiple={multiple} checked={false} preview={preview} texts={texts} />
        ))}
      </div>
      {props.noneLabel && (
        <label class="check">
          <input type="radio" name={name} value="" checked={props.noneChecked ?? false} /> {props.noneLabel}
        </label>
      )}
      {!searchFirst && search}
      <template data-picker-item>
        <Option
          o={{ code: '', name: '' }}
          name={name}
          multiple={multiple}
          checked={false}
          preview={preview}
          texts={texts}
        />
      </template>
    </fieldset>
  );
}
