"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useMemo, useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import type { EditorOptions } from "@/lib/articles/admin-queries";
import { saveArticle } from "@/lib/articles/actions";
import {
  AUTHOR_FIELD,
  LIMITS,
  readAlsoFromValues,
  type ArticleFormValues,
  type ArticleState,
} from "@/lib/articles/admin-schema";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import type { BodySegment } from "@/lib/articles/render";
import { slugify } from "@/lib/text/slug";
import { BodyPreview } from "./BodyPreview";
import {
  Field,
  FieldError,
  FieldHint,
  FieldIds,
  useFieldId,
  useFieldProps,
  type FieldErrors,
} from "@/components/admin/ui/fields";
import { HeroImageField } from "./HeroImageField";
import { ReadAlsoPicker, type ReadAlsoRow } from "./ReadAlsoPicker";
import { StatusBadge } from "./StatusBadge";

export type EditorArticle = {
  id?: number;
  state: ArticleState;
  publishedAt: string | null;
  href: string | null;
  lastSaved: { by: string; at: string } | null;
  revisionCount: number;
  values: ArticleFormValues;
  segments: BodySegment[];
  paragraphs: number;
};

type Props = {
  article: EditorArticle;
  options: EditorOptions;
  /** The result of a plain form post (no JavaScript), or a notice to show. */
  initialState?: ActionState;
};

/**
 * The article editor: a plain HTML form posting to the save action (works without JavaScript),
 * enhanced with a live preview, slug suggestions and the Read-also search. A failed save
 * comes back with everything that was typed.
 */
export function ArticleEditor(props: Props) {
  // Next keeps visited pages alive (hidden) for back/forward: a fresh visit starts from the
  // server's data, going back finds the unsaved work as it was left.
  const { bfcacheId } = useRouter();
  return <EditorForm key={bfcacheId} {...props} />;
}

function EditorForm({ article, options, initialState = { status: "idle" } }: Props) {
  const [state, action, pending] = useActionState(saveArticle, initialState);
  const values = state.values ?? article.values;
  // New values from the server (a save, an error) remount the fields with them.
  const key = useMemo(() => JSON.stringify(values), [values]);
  const conflictVersion = state.status === "error" ? state.values?.latestVersion : undefined;
  return (
    <form action={action} className="admin-form article-editor" aria-busy={pending}>
      {state.message && (
        <p
          className={state.status === "error" ? "form-error" : "notice"}
          role={state.status === "error" ? "alert" : "status"}
          data-testid="editor-message"
        >
          {state.message}
        </p>
      )}
      {conflictVersion && (
        <label className="conflict-choice">
          <input type="checkbox" name="overwriteVersion" value={conflictVersion} /> Replace their version with
          mine when I save (their changes stay in the revisions)
        </label>
      )}
      <FieldIds>
        <EditorFields
          key={key}
          article={article}
          options={options}
          values={values}
          errors={state.fieldErrors}
          pending={pending}
        />
      </FieldIds>
    </form>
  );
}

function EditorFields({
  article,
  options,
  values,
  errors,
  pending,
}: {
  article: EditorArticle;
  options: EditorOptions;
  values: ArticleFormValues;
  errors: FieldErrors;
  pending: boolean;
}) {
  const isNew = !article.id;
  const [title, setTitle] = useState(values.title ?? "");
  // A new article's slug follows its title until the editor types one.
  const [slug, setSlug] = useState(values.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(!isNew || Boolean(values.slug));
  const [body, setBody] = useState(values.body ?? "");
  const [lang, setLang] = useState<"en" | "fr">(values.lang === "fr" ? "fr" : "en");
  const [readAlso, setReadAlso] = useState<ReadAlsoRow[]>(() => readAlsoFromValues(values));
  const [paragraphs, setParagraphs] = useState(article.paragraphs);
  const shownSlug = slugTouched ? slug : slugify(title, LIMITS.slug);
  const text = (name: string) => values[name] ?? "";

  return (
    <>
      {article.id && <input type="hidden" name="id" value={article.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}

      <Workflow article={article} values={values} errors={errors} pending={pending} />

      <div className="editor-grid">
        <div className="editor-main">
          <Field name="title" label="Title" errors={errors}>
            {(props) => (
              <input
                {...props}
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                required
                maxLength={LIMITS.title}
                lang={lang}
              />
            )}
          </Field>
          <Field
            name="slug"
            label="Slug"
            errors={errors}
            hint={
              isNew
                ? "The last part of the URL, made from the title; you may change it."
                : "Changing the slug of a published article keeps the old URL redirecting to the new one."
            }
          >
            {(props) => (
              <input
                {...props}
                value={shownSlug}
                onChange={(event) => {
                  setSlugTouched(true);
                  setSlug(event.target.value);
                }}
                maxLength={LIMITS.slug}
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                autoCapitalize="none"
                spellCheck={false}
              />
            )}
          </Field>
          <Field name="dek" label="Dek" hint="One or two sentences under the headline." errors={errors}>
            {(props) => (
              <textarea {...props} defaultValue={text("dek")} rows={2} maxLength={LIMITS.dek} lang={lang} />
            )}
          </Field>
          <div className="body-editor">
            <Field
              name="body"
              label="Body (Markdown)"
              hint="Separate paragraphs with a blank line. **bold**, *italic*, [link](https://…), > quote, ## heading."
              errors={errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  value={body}
                  onChange={(event) => setBody(event.target.value)}
                  rows={24}
                  lang={lang}
                  className="body-input"
                />
              )}
            </Field>
            <BodyPreview
              body={body}
              lang={lang}
              readAlso={readAlso}
              initialSegments={article.segments}
              onParagraphs={setParagraphs}
            />
          </div>
        </div>

        <div className="editor-side">
          <Field name="sectionId" label="Section" errors={errors}>
            {(props) => (
              <select {...props} defaultValue={text("sectionId")} required>
                <option value="">Choose a section</option>
                {options.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="lang" label="Language" errors={errors}>
            {(props) => (
              <select
                {...props}
                value={lang}
                onChange={(event) => setLang(event.target.value === "fr" ? "fr" : "en")}
              >
                <option value="en">English</option>
                <option value="fr">French</option>
              </select>
            )}
          </Field>
          <AuthorsField authors={options.authors} values={values} errors={errors} />
          <Field name="tags" label="Tags" hint="Separated by commas; new tags are created." errors={errors}>
            {(props) => <input {...props} defaultValue={text("tags")} />}
          </Field>

          <ReadAlsoPicker
            articleId={article.id}
            rows={readAlso}
            onChange={setReadAlso}
            paragraphs={paragraphs}
            errors={errors}
          />

          <HeroImageField values={values} errors={errors} />

          <fieldset>
            <legend>Source</legend>
            <Field
              name="sourceName"
              label="Source name"
              hint="Shown after the headline, like “– POLITICO”."
              errors={errors}
            >
              {(props) => <input {...props} defaultValue={text("sourceName")} maxLength={LIMITS.source} />}
            </Field>
            <Field name="sourceUrl" label="Source URL" errors={errors}>
              {(props) => (
                <input {...props} type="url" defaultValue={text("sourceUrl")} placeholder="https://" />
              )}
            </Field>
          </fieldset>

          <fieldset>
            <legend>Search engines</legend>
            <Field
              name="seoTitle"
              label="SEO title"
              hint="Instead of the title in search results; about 60 characters."
              errors={errors}
            >
              {(props) => <input {...props} defaultValue={text("seoTitle")} maxLength={LIMITS.seoTitle} />}
            </Field>
            <Field
              name="seoDescription"
              label="SEO description"
              hint="Instead of the dek in search results; about 155 characters."
              errors={errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  defaultValue={text("seoDescription")}
                  rows={3}
                  maxLength={LIMITS.seoDescription}
                />
              )}
            </Field>
          </fieldset>

          <div className="field checkbox-field">
            <label>
              <input type="checkbox" name="commentsOpen" defaultChecked={values.commentsOpen === "on"} />{" "}
              Comments open
            </label>
          </div>
          <Field
            name="correction"
            label="Correction note"
            hint="Shown above the body, e.g. what was wrong and when it was fixed."
            errors={errors}
          >
            {(props) => (
              <textarea {...props} defaultValue={text("correction")} rows={3} maxLength={LIMITS.correction} />
            )}
          </Field>
        </div>
      </div>
    </>
  );
}

/** Status, the workflow buttons (the first one, Save, is what Enter submits) and links. */
function Workflow({
  article,
  values,
  errors,
  pending,
}: {
  article: EditorArticle;
  values: ArticleFormValues;
  errors: FieldErrors;
  pending: boolean;
}) {
  const { state } = article;
  const fieldProps = useFieldProps();
  return (
    <section className="editor-workflow" aria-label="Status and publishing">
      <p className="workflow-status">
        <StatusBadge state={state} publishedAt={article.publishedAt} />
        {article.lastSaved && (
          <span className="muted">
            {" "}
            Last saved by {article.lastSaved.by} at{" "}
            <NewsroomTime iso={article.lastSaved.at} suppressHydrationWarning />
          </span>
        )}
      </p>
      <div className="workflow-buttons">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        {state !== "published" && (
          <button type="submit" name="intent" value="publish" disabled={pending}>
            Publish now
          </button>
        )}
        {(state === "published" || state === "scheduled") && (
          <button type="submit" name="intent" value="unpublish" className="secondary" disabled={pending}>
            Unpublish
          </button>
        )}
        {state !== "draft" && (
          <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
            Back to draft
          </button>
        )}
      </div>
      {state !== "published" && (
        <div className="workflow-schedule">
          <label htmlFor={fieldProps("publishAt", errors).id}>Publish at (Paris time)</label>
          <input
            {...fieldProps("publishAt", errors)}
            type="datetime-local"
            step={1}
            defaultValue={values.publishAt ?? ""}
          />
          <button type="submit" name="intent" value="schedule" disabled={pending}>
            {state === "scheduled" ? "Reschedule" : "Schedule"}
          </button>
          <FieldError name="publishAt" errors={errors} />
        </div>
      )}
      {article.id && (
        <p className="workflow-links">
          <Link href={`/admin/preview/${article.id}`} target="_blank">
            Preview
          </Link>
          {article.href && (
            <Link href={article.href} target="_blank">
              View on site
            </Link>
          )}
          <Link href={`/admin/articles/${article.id}/revisions`}>Revisions ({article.revisionCount})</Link>
        </p>
      )}
    </section>
  );
}

/** Checkboxes of the byline: chosen authors first, in byline order, then the others. */
function AuthorsField({
  authors,
  values,
  errors,
}: {
  authors: EditorOptions["authors"];
  values: ArticleFormValues;
  errors: FieldErrors;
}) {
  const chosen = Object.keys(values)
    .filter((key) => key.startsWith(AUTHOR_FIELD) && values[key] === "on")
    .map((key) => Number(key.slice(AUTHOR_FIELD.length)));
  const ordered = [
    ...chosen.flatMap((id) => authors.filter((author) => author.id === id)),
    ...authors.filter((author) => !chosen.includes(author.id)),
  ];
  const id = useFieldId();
  return (
    <fieldset aria-describedby={errors?.authors ? id("authors", "error") : id("authors", "hint")}>
      <legend>Authors</legend>
      <ul className="check-list">
        {ordered.map((author) => (
          <li key={author.id}>
            <label>
              <input
                type="checkbox"
                name={`${AUTHOR_FIELD}${author.id}`}
                defaultChecked={chosen.includes(author.id)}
              />{" "}
              {author.name}
            </label>
          </li>
        ))}
      </ul>
      <FieldHint name="authors">The byline follows this order; chosen authors are listed first.</FieldHint>
      <FieldError name="authors" errors={errors} />
    </fieldset>
  );
}
