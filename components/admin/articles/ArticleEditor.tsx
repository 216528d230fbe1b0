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
import { useTranslations } from "next-intl";
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
  const t = useTranslations("AdminEditor");
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
          <input type="checkbox" name="overwriteVersion" value={conflictVersion} /> {t("overwrite")}
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
  const t = useTranslations("AdminEditor");

  return (
    <>
      {article.id && <input type="hidden" name="id" value={article.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}

      <Workflow article={article} values={values} errors={errors} pending={pending} />

      <div className="editor-grid">
        <div className="editor-main">
          <Field name="title" label={t("title")} errors={errors}>
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
            label={t("slug")}
            errors={errors}
            hint={isNew ? t("slugHintNew") : t("slugHintPublished")}
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
          <Field name="dek" label={t("dek")} hint={t("dekHint")} errors={errors}>
            {(props) => (
              <textarea {...props} defaultValue={text("dek")} rows={2} maxLength={LIMITS.dek} lang={lang} />
            )}
          </Field>
          <div className="body-editor">
            <Field name="body" label={t("body")} hint={t("bodyHint")} errors={errors}>
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
          <Field name="sectionId" label={t("section")} errors={errors}>
            {(props) => (
              <select {...props} defaultValue={text("sectionId")} required>
                <option value="">{t("chooseSection")}</option>
                {options.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="lang" label={t("language")} errors={errors}>
            {(props) => (
              <select
                {...props}
                value={lang}
                onChange={(event) => setLang(event.target.value === "fr" ? "fr" : "en")}
              >
                <option value="en">{t("english")}</option>
                <option value="fr">{t("french")}</option>
              </select>
            )}
          </Field>
          <AuthorsField authors={options.authors} values={values} errors={errors} />
          <Field name="tags" label={t("tags")} hint={t("tagsHint")} errors={errors}>
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
            <legend>{t("source")}</legend>
            <Field name="sourceName" label={t("sourceName")} hint={t("sourceNameHint")} errors={errors}>
              {(props) => <input {...props} defaultValue={text("sourceName")} maxLength={LIMITS.source} />}
            </Field>
            <Field name="sourceUrl" label={t("sourceUrl")} errors={errors}>
              {(props) => (
                <input {...props} type="url" defaultValue={text("sourceUrl")} placeholder="https://" />
              )}
            </Field>
          </fieldset>

          <fieldset>
            <legend>{t("seo")}</legend>
            <Field name="seoTitle" label={t("seoTitle")} hint={t("seoTitleHint")} errors={errors}>
              {(props) => <input {...props} defaultValue={text("seoTitle")} maxLength={LIMITS.seoTitle} />}
            </Field>
            <Field
              name="seoDescription"
              label={t("seoDescription")}
              hint={t("seoDescriptionHint")}
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
              {t("commentsOpen")}
            </label>
          </div>
          <Field name="correction" label={t("correction")} hint={t("correctionHint")} errors={errors}>
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
  const t = useTranslations("AdminEditor");
  return (
    <section className="editor-workflow" aria-label={t("workflow")}>
      <p className="workflow-status">
        <StatusBadge state={state} publishedAt={article.publishedAt} />
        {article.lastSaved && (
          <span className="muted">
            {" "}
            {t.rich("lastSaved", {
              name: article.lastSaved.by,
              time: () => <NewsroomTime iso={article.lastSaved!.at} suppressHydrationWarning />,
            })}
          </span>
        )}
      </p>
      <div className="workflow-buttons">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        {state !== "published" && (
          <button type="submit" name="intent" value="publish" disabled={pending}>
            {t("publishNow")}
          </button>
        )}
        {(state === "published" || state === "scheduled") && (
          <button type="submit" name="intent" value="unpublish" className="secondary" disabled={pending}>
            {t("unpublish")}
          </button>
        )}
        {state !== "draft" && (
          <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
            {t("backToDraft")}
          </button>
        )}
      </div>
      {state !== "published" && (
        <div className="workflow-schedule">
          <label htmlFor={fieldProps("publishAt", errors).id}>{t("publishAt")}</label>
          <input
            {...fieldProps("publishAt", errors)}
            type="datetime-local"
            step={1}
            defaultValue={values.publishAt ?? ""}
          />
          <button type="submit" name="intent" value="schedule" disabled={pending}>
            {state === "scheduled" ? t("reschedule") : t("schedule")}
          </button>
          <FieldError name="publishAt" errors={errors} />
        </div>
      )}
      {article.id && (
        <p className="workflow-links">
          <Link href={`/admin/preview/${article.id}`} target="_blank">
            {t("preview")}
          </Link>
          {article.href && (
            <Link href={article.href} target="_blank">
              {t("viewOnSite")}
            </Link>
          )}
          <Link href={`/admin/articles/${article.id}/revisions`}>
            {t("revisions", { count: article.revisionCount })}
          </Link>
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
  const t = useTranslations("AdminEditor");
  return (
    <fieldset aria-describedby={errors?.authors ? id("authors", "error") : id("authors", "hint")}>
      <legend>{t("authors")}</legend>
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
      <FieldHint name="authors">{t("authorsHint")}</FieldHint>
      <FieldError name="authors" errors={errors} />
    </fieldset>
  );
}
