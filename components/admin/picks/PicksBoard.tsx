"use client";
// Editor's Pick curation: the home lead, the ranked sidebar list (Up/Down buttons that work
// without JavaScript, drag and drop with it), note and expiry per pick, and adding stories
// found by title. Every form posts a server action; one message line reports the last result.
import Form from "next/form";
import { useTranslations } from "next-intl";
import { useActionState, useOptimistic, useState, useTransition, type DragEvent } from "react";
import type { ActionState } from "@/lib/actions/state";
import { addPick, movePick, removePick, reorderPicks, setHomeLead, updatePick } from "@/lib/picks/actions";
import type { CuratedPick, PickCandidate } from "@/lib/picks/queries";
import { NOTE_MAX } from "@/lib/picks/limits";
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
  const t = useTranslations("AdminPicks");

  return (
    <div className="picks-board">
      <FormMessage state={latest} testId="picks-message" />
      <section aria-labelledby="lead-heading" className="admin-panel">
        <h2 id="lead-heading">{t("leadHeading")}</h2>
        {lead ? (
          <div className="lead-choice" data-testid="home-lead">
            <p>
              {t.rich("leads", {
                title: lead.title,
                link: (chunks) => (
                  <a href={lead.href} lang={lead.lang} className="pick-title">
                    {chunks}
                  </a>
                ),
              })}
              {!lead.visible && <span className="badge badge-warning">{t("leadHidden")}</span>}
            </p>
            <form action={makeLead}>
              <input type="hidden" name="articleId" value="" />
              <input type="hidden" name="q" value={query} />
              <button type="submit" className="secondary">
                {t("clearLead")}
              </button>
            </form>
          </div>
        ) : (
          <p data-testid="home-lead">{t("noLead")}</p>
        )}
        <p className="hint">{t("leadHint")}</p>
      </section>

      <section aria-labelledby="picks-heading" className="admin-panel">
        <h2 id="picks-heading">{t("listHeading")}</h2>
        {picks.length === 0 ? (
          <p>{t("noPicks")}</p>
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
        <h2 id="add-heading">{t("addHeading")}</h2>
        <Form action="/admin/picks" className="admin-form pick-search" role="search">
          <div className="field">
            <label htmlFor="pick-search">{t("searchLabel")}</label>
            <input id="pick-search" name="q" type="search" defaultValue={query} maxLength={200} />
          </div>
          <button type="submit">{t("search")}</button>
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
  const t = useTranslations("AdminPicks");

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
        {t("reorderHelp")}
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
                {pick.expired && <span className="badge badge-expired">{t("expired")}</span>}
                {!pick.visible && <span className="badge badge-warning">{t("notPublished")}</span>}
                {pick.note && <p className="pick-note">{pick.note}</p>}
                <p className="meta">
                  {pick.expiresLabel
                    ? t(pick.expired ? "expiredAt" : "until", { when: pick.expiresLabel })
                    : t("noExpiry")}
                  {pick.pickedBy && t("pickedBy", { name: pick.pickedBy })}
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
                  aria-label={t("upLabel", { title: pick.title })}
                >
                  {t("up")}
                </button>
                <button
                  type="submit"
                  name="direction"
                  value="down"
                  disabled={index === shown.length - 1}
                  aria-label={t("downLabel", { title: pick.title })}
                >
                  {t("down")}
                </button>
              </form>
              <MakeLeadForm action={makeLead} articleId={pick.articleId} title={pick.title} query={query} />
              <form action={remove}>
                <input type="hidden" name="pickId" value={pick.id} />
                <input type="hidden" name="q" value={query} />
                <button type="submit" className="danger" aria-label={t("removeLabel", { title: pick.title })}>
                  {t("remove")}
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
  const t = useTranslations("AdminPicks");
  return (
    <details className="pick-details" open={mine !== IDLE}>
      <summary>{t("editDetails")}</summary>
      <form
        action={update}
        className="admin-form pick-edit-form"
        key={values ? JSON.stringify(values) : `${pick.note}|${pick.expiresInput}`}
      >
        <input type="hidden" name="formId" value={formId} />
        <input type="hidden" name="pickId" value={pick.id} />
        <input type="hidden" name="q" value={query} />
        <div className="field">
          <label htmlFor={`${formId}-note`}>{t("note")}</label>
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
          <label htmlFor={`${formId}-expires`}>{t("expires")}</label>
          <input
            id={`${formId}-expires`}
            name="expiresAt"
            type="datetime-local"
            defaultValue={values?.expiresAt ?? pick.expiresInput}
            {...invalidProps(mine, "expiresAt", expiryError)}
          />
          <FieldError state={mine} name="expiresAt" id={expiryError} />
        </div>
        <button type="submit">{t("saveDetails")}</button>
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
  const t = useTranslations("AdminPicks");
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="q" value={query} />
      <button type="submit" className="secondary" aria-label={t("makeLeadLabel", { title })}>
        {t("makeLead")}
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
  const t = useTranslations("AdminPicks");
  return (
    <AdminTable
      caption={t("candidatesCaption", { query })}
      rows={candidates}
      rowKey={(story) => story.id}
      empty={<p data-testid="pick-candidates">{t("noCandidates", { query })}</p>}
      testId="pick-candidates"
      columns={[
        {
          header: t("colStory"),
          cell: (story) => (
            <a href={story.href} lang={story.lang}>
              {story.title}
            </a>
          ),
        },
        { header: t("colSection"), cell: (story) => story.section },
        { header: t("colPublished"), cell: (story) => story.published },
        {
          header: t("colActions"),
          className: "row-actions",
          cell: (story) =>
            story.placement === "lead" ? (
              <span>{t("isLead")}</span>
            ) : (
              <>
                {story.placement === "pick" ? (
                  <span>{t("inPicks")}</span>
                ) : (
                  <form action={add}>
                    <input type="hidden" name="articleId" value={story.id} />
                    <input type="hidden" name="q" value={query} />
                    <button type="submit" aria-label={t("addLabel", { title: story.title })}>
                      {t("add")}
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
