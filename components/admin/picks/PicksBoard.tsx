"use client";
// Editor's Pick curation: the home lead, the ranked sidebar list (Up/Down buttons that work
// without JavaScript, drag and drop with it), note and expiry per pick, and adding stories
// found by title. Every form posts a server action; one message line reports the last result.
import Form from "next/form";
import { useActionState, useOptimistic, useState, useTransition, type DragEvent } from "react";
import type { ActionState } from "@/lib/actions/state";
import { addPick, movePick, removePick, reorderPicks, setHomeLead, updatePick } from "@/lib/picks/actions";
import type { CuratedPick, PickCandidate } from "@/lib/picks/queries";
import { NOTE_MAX } from "@/lib/picks/schema";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import { AdminTable } from "@/components/admin/ui/table";

type Dispatch = (form: FormData) => void;

type Props = {
  lead: CuratedPick | null;
  picks: CuratedPick[];
  /** The title search, when one was made. */
  query: string;
  candidates: PickCandidate[] | null;
  /** The result of a form posted without JavaScript. */
  pageResult?: ActionState;
};

export function PicksBoard({ lead, picks, query, candidates, pageResult }: Props) {
  const [added, add] = useActionState(addPick, IDLE);
  const [removed, remove] = useActionState(removePick, IDLE);
  const [moved, move] = useActionState(movePick, IDLE);
  const [updated, update] = useActionState(updatePick, IDLE);
  const [led, makeLead] = useActionState(setHomeLead, IDLE);
  const [dropped, setDropped] = useState<ActionState>(IDLE);
  const latest = useLatestResult(pageResult, added, removed, moved, updated, led, dropped);

  return (
    <div className="picks-board">
      <FormMessage state={latest} testId="picks-message" />
      <section aria-labelledby="lead-heading" className="admin-panel">
        <h2 id="lead-heading">Home lead story</h2>
        {lead ? (
          <div className="lead-choice" data-testid="home-lead">
            <p>
              <a href={lead.href} lang={lead.lang} className="pick-title">
                {lead.title}
              </a>{" "}
              leads the home page.
              {!lead.visible && (
                <span className="badge badge-warning">
                  Not published: the home page leads with the latest story
                </span>
              )}
            </p>
            <form action={makeLead}>
              <input type="hidden" name="articleId" value="" />
              <input type="hidden" name="q" value={query} />
              <button type="submit" className="secondary">
                Clear: lead with the latest story
              </button>
            </form>
          </div>
        ) : (
          <p data-testid="home-lead">No lead chosen: the home page leads with the latest story.</p>
        )}
        <p className="hint">
          Make any pick or any story found below the lead. The lead is not repeated in the sidebar list.
        </p>
      </section>

      <section aria-labelledby="picks-heading" className="admin-panel">
        <h2 id="picks-heading">Sidebar list</h2>
        {picks.length === 0 ? (
          <p>No picks yet. Search for a story below to add one.</p>
        ) : (
          <PickList
            picks={picks}
            query={query}
            latest={latest}
            move={move}
            remove={remove}
            update={update}
            makeLead={makeLead}
            onDropped={setDropped}
          />
        )}
      </section>

      <section aria-labelledby="add-heading" className="admin-panel">
        <h2 id="add-heading">Add a story</h2>
        <Form action="/admin/picks" className="admin-form pick-search" role="search">
          <div className="field">
            <label htmlFor="pick-search">Published stories whose title contains</label>
            <input id="pick-search" name="q" type="search" defaultValue={query} maxLength={200} />
          </div>
          <button type="submit">Search</button>
        </Form>
        {candidates && <Candidates candidates={candidates} query={query} add={add} makeLead={makeLead} />}
      </section>
    </div>
  );
}

function PickList({
  picks,
  query,
  latest,
  move,
  remove,
  update,
  makeLead,
  onDropped,
}: {
  picks: CuratedPick[];
  query: string;
  latest: ActionState;
  move: Dispatch;
  remove: Dispatch;
  update: Dispatch;
  makeLead: Dispatch;
  onDropped: (state: ActionState) => void;
}) {
  const [shown, showOrder] = useOptimistic(picks);
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [, startTransition] = useTransition();

  function drop(targetId: number) {
    const from = shown.findIndex((pick) => pick.id === dragged);
    const to = shown.findIndex((pick) => pick.id === targetId);
    setDragged(null);
    setOver(null);
    if (from < 0 || to < 0 || from === to) return;
    const next = [...shown];
    next.splice(to, 0, ...next.splice(from, 1));
    const form = new FormData();
    form.set("order", next.map((pick) => pick.id).join(","));
    startTransition(async () => {
      showOrder(next); // shown at once; the server's order replaces it when the page refreshes
      const state = await reorderPicks(IDLE, form);
      startTransition(() => onDropped(state));
    });
  }

  const dragProps = (pick: CuratedPick) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", String(pick.id));
      setDragged(pick.id);
    },
    onDragOver: (event: DragEvent) => {
      if (dragged === null) return;
      event.preventDefault();
      setOver(pick.id);
    },
    onDragLeave: () => setOver((current) => (current === pick.id ? null : current)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      drop(pick.id);
    },
    onDragEnd: () => {
      setDragged(null);
      setOver(null);
    },
  });

  return (
    <>
      <p className="hint" id="reorder-help">
        Drag a story to a new place, or use its Up and Down buttons. Readers see the first five current picks.
      </p>
      <ol className="pick-list" aria-describedby="reorder-help" data-testid="pick-list">
        {shown.map((pick, index) => (
          <li
            key={pick.id}
            {...dragProps(pick)}
            className={[
              "pick-row",
              pick.id === dragged ? "dragging" : "",
              pick.id === over && pick.id !== dragged ? "drop-target" : "",
            ]
              .join(" ")
              .trim()}
            data-pick-id={pick.id}
          >
            <div className="pick-main">
              <span className="pick-rank" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <a href={pick.href} lang={pick.lang} className="pick-title">
                  {pick.title}
                </a>
                {pick.expired && <span className="badge badge-expired">Expired</span>}
                {!pick.visible && <span className="badge badge-warning">Not published</span>}
                {pick.note && <p className="pick-note">{pick.note}</p>}
                <p className="meta">
                  {pick.expiresLabel
                    ? `${pick.expired ? "Expired" : "Until"} ${pick.expiresLabel}`
                    : "No expiry"}
                  {pick.pickedBy && ` · picked by ${pick.pickedBy}`}
                </p>
              </div>
            </div>
            <div className="pick-actions">
              <form action={move} className="pick-move">
                <input type="hidden" name="pickId" value={pick.id} />
                <input type="hidden" name="q" value={query} />
                <button
                  type="submit"
                  name="direction"
                  value="up"
                  disabled={index === 0}
                  aria-label={`Move “${pick.title}” up`}
                >
                  Up
                </button>
                <button
                  type="submit"
                  name="direction"
                  value="down"
                  disabled={index === shown.length - 1}
                  aria-label={`Move “${pick.title}” down`}
                >
                  Down
                </button>
              </form>
              <MakeLeadForm action={makeLead} articleId={pick.articleId} title={pick.title} query={query} />
              <form action={remove}>
                <input type="hidden" name="pickId" value={pick.id} />
                <input type="hidden" name="q" value={query} />
                <button type="submit" className="danger" aria-label={`Remove “${pick.title}”`}>
                  Remove
                </button>
              </form>
            </div>
            <PickDetails pick={pick} query={query} latest={latest} update={update} />
          </li>
        ))}
      </ol>
    </>
  );
}

function PickDetails({
  pick,
  query,
  latest,
  update,
}: {
  pick: CuratedPick;
  query: string;
  latest: ActionState;
  update: Dispatch;
}) {
  const formId = `pick-${pick.id}`;
  // This row's own failed attempt: its messages and what was typed.
  const mine = latest.status === "error" && latest.values?.formId === formId ? latest : IDLE;
  const values = mine.values;
  const noteError = `${formId}-note-error`;
  const expiryError = `${formId}-expires-error`;
  return (
    <details className="pick-details" open={mine !== IDLE}>
      <summary>Edit note and expiry</summary>
      <form
        action={update}
        className="admin-form pick-edit-form"
        key={values ? JSON.stringify(values) : `${pick.note}|${pick.expiresInput}`}
      >
        <input type="hidden" name="formId" value={formId} />
        <input type="hidden" name="pickId" value={pick.id} />
        <input type="hidden" name="q" value={query} />
        <div className="field">
          <label htmlFor={`${formId}-note`}>Note shown under the title</label>
          <input
            id={`${formId}-note`}
            name="note"
            maxLength={NOTE_MAX}
            defaultValue={values?.note ?? pick.note ?? ""}
            {...invalidProps(mine, "note", noteError)}
          />
          <FieldError state={mine} name="note" id={noteError} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-expires`}>Remove from the sidebar at (Paris time; empty = never)</label>
          <input
            id={`${formId}-expires`}
            name="expiresAt"
            type="datetime-local"
            defaultValue={values?.expiresAt ?? pick.expiresInput}
            {...invalidProps(mine, "expiresAt", expiryError)}
          />
          <FieldError state={mine} name="expiresAt" id={expiryError} />
        </div>
        <button type="submit">Save note and expiry</button>
      </form>
    </details>
  );
}

/** "Make home lead" for a pick or a search result. */
function MakeLeadForm({
  action,
  articleId,
  title,
  query,
}: {
  action: Dispatch;
  articleId: number;
  title: string;
  query: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="q" value={query} />
      <button type="submit" className="secondary" aria-label={`Make “${title}” the home lead`}>
        Make home lead
      </button>
    </form>
  );
}

function Candidates({
  candidates,
  query,
  add,
  makeLead,
}: {
  candidates: PickCandidate[];
  query: string;
  add: Dispatch;
  makeLead: Dispatch;
}) {
  return (
    <AdminTable
      caption={`Stories matching “${query}”`}
      rows={candidates}
      rowKey={(story) => story.id}
      empty={<p data-testid="pick-candidates">No published story has “{query}” in its title.</p>}
      testId="pick-candidates"
      columns={[
        {
          header: "Story",
          cell: (story) => (
            <a href={story.href} lang={story.lang}>
              {story.title}
            </a>
          ),
        },
        { header: "Section", cell: (story) => story.section },
        { header: "Published", cell: (story) => story.published },
        {
          header: "Actions",
          className: "row-actions",
          cell: (story) =>
            story.placement === "lead" ? (
              <span>Home lead</span>
            ) : (
              <>
                {story.placement === "pick" ? (
                  <span>In Editor&apos;s Pick</span>
                ) : (
                  <form action={add}>
                    <input type="hidden" name="articleId" value={story.id} />
                    <input type="hidden" name="q" value={query} />
                    <button type="submit" aria-label={`Add “${story.title}” to Editor's Pick`}>
                      Add to Editor&apos;s Pick
                    </button>
                  </form>
                )}
                <MakeLeadForm action={makeLead} articleId={story.id} title={story.title} query={query} />
              </>
            ),
        },
      ]}
    />
  );
}
