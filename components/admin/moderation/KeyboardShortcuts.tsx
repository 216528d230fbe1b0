"use client";
// Keyboard moderation of a page of 50 without a mouse: j/k move a visible focus between the
// comments, x selects, a/s/d/f act on the selection (or the focused comment when nothing is
// selected) by pressing the matching button, ? shows the list. Everything it does, the page's
// buttons and checkboxes also do; it adds no behaviour of its own.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { BULK_FORM_ID } from "./ModerationActions";
import { useHydrated } from "@/components/ui/use-hydrated";

const ROW = "[data-queue-row]";

/** Each key and the catalog entry (AdminModeration) that says what it does. */
export const SHORTCUTS = [
  ["j", "keyNext"],
  ["k", "keyPrevious"],
  ["x", "keySelect"],
  ["a", "keyApprove"],
  ["s", "keySpam"],
  ["d", "keyTrash"],
  ["f", "keyFeature"],
  ["?", "keyHelp"],
] as const;

const VERB_NAMES: Record<string, "verb_approve" | "verb_spam" | "verb_trash" | "verb_feature"> = {
  a: "verb_approve",
  s: "verb_spam",
  d: "verb_trash",
  f: "verb_feature",
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "button", "submit", "reset"].includes(target.type)
  );
}

function selectedBoxes(): HTMLInputElement[] {
  return [
    ...document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${BULK_FORM_ID}"]:checked`),
  ];
}

export function KeyboardShortcuts({ listId }: { listId: string }) {
  const help = useRef<HTMLDialogElement>(null);
  const focused = useRef<{ id: string | null; index: number }>({ id: null, index: -1 });
  const [announcement, setAnnouncement] = useState("");
  const t = useTranslations("AdminModeration");

  useEffect(() => {
    const list = document.getElementById(listId);
    const rows = () => [...(document.getElementById(listId)?.querySelectorAll<HTMLElement>(ROW) ?? [])];

    function show(row: HTMLElement | undefined, { move }: { move: boolean }) {
      for (const other of rows()) if (other !== row) other.removeAttribute("data-focused");
      if (!row) {
        focused.current = { id: null, index: -1 };
        return;
      }
      row.setAttribute("data-focused", "true");
      focused.current = { id: row.dataset.commentId ?? null, index: rows().indexOf(row) };
      if (move) {
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: "nearest" });
      }
    }

    /** The focused row, or the one now at its place when it left the list (approved, trashed…). */
    function current(): HTMLElement | undefined {
      const all = rows();
      const { id, index } = focused.current;
      if (id === null) return undefined;
      return all.find((row) => row.dataset.commentId === id) ?? all[Math.min(index, all.length - 1)];
    }

    function press(key: string) {
      const selection = selectedBoxes();
      const scope = selection.length
        ? document.getElementById(BULK_FORM_ID)
        : current()?.querySelector(".queue-actions");
      const button = scope?.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]`);
      if (button) button.click();
      else
        setAnnouncement(scope ? t("noAction", { verb: t(VERB_NAMES[key]!).toLowerCase() }) : t("moveFirst"));
    }

    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      const dialog = help.current;
      if (event.key === "?") {
        event.preventDefault();
        if (dialog?.open) dialog.close();
        else dialog?.showModal();
        return;
      }
      if (dialog?.open) return;
      const all = rows();
      const row = current();
      const at = row ? all.indexOf(row) : -1;
      switch (event.key) {
        case "j":
          show(all[Math.min(at + 1, all.length - 1)], { move: true });
          break;
        case "k":
          show(all[Math.max(at - 1, 0)], { move: true });
          break;
        case "x": {
          const box = row?.querySelector<HTMLInputElement>('input[name="ids"][type="checkbox"]');
          box?.click();
          break;
        }
        case "a":
        case "s":
        case "d":
        case "f":
          press(event.key);
          break;
        default:
          return;
      }
      event.preventDefault();
    }

    // Clicking or tabbing into a comment makes it the focused one.
    function onFocusIn(event: FocusEvent) {
      const row = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(ROW) : null;
      if (row && rows().includes(row)) show(row, { move: false });
    }

    // After an action the list is re-rendered: keep the focus where it was, or at its place.
    const observer = new MutationObserver(() => {
      if (focused.current.id === null) return;
      const row = current();
      const lost = !document.activeElement || document.activeElement === document.body;
      show(row, { move: lost });
    });
    if (list) observer.observe(list, { childList: true, subtree: true });
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [listId, t]);

  return (
    <>
      <button
        type="button"
        className="link-button queue-help-button"
        aria-keyshortcuts="?"
        onClick={() => help.current?.showModal()}
      >
        {t("shortcutsButton")}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <dialog ref={help} className="queue-help" aria-labelledby="queue-help-title">
        <h2 id="queue-help-title">{t("shortcuts")}</h2>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <p>{t("shortcutsNote")}</p>
        <form method="dialog">
          <button type="submit">{t("close")}</button>
        </form>
      </dialog>
    </>
  );
}

/** Selects or clears every comment of the page (needs JavaScript, so it only appears with it). */
export function SelectAll({ listId }: { listId: string }) {
  const ready = useHydrated();
  const t = useTranslations("AdminModeration");
  if (!ready) return null;
  return (
    <label className="queue-select-all">
      <input
        type="checkbox"
        onChange={(event) => {
          const boxes =
            document
              .getElementById(listId)
              ?.querySelectorAll<HTMLInputElement>('input[name="ids"][type="checkbox"]') ?? [];
          for (const box of boxes) box.checked = event.currentTarget.checked;
        }}
      />{" "}
      {t("selectAll")}
    </label>
  );
}
