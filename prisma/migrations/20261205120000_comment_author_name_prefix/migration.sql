-- The queue's author filter, for a name: names that begin with what was typed (case and accents
-- aside: "gabriel c" finds "Gabriel Côté"), read in order from a btree on the name's folded
-- form; the part-of-a-name trigram index stays for text that begins no name ("côté"). At a
-- million comments a common name (15,900 comments) cost a trigram bitmap of every comment
-- sharing its trigrams (10–12 ms) before counting or paging could start; here both walk one
-- index range and stop: the name, its status, date and id are all in the index (INCLUDE keeps
-- the name itself there, so PostgreSQL can answer from the index alone).
-- An expression index, which Prisma's schema cannot express (its diff leaves it alone).

-- lower(unaccent()) fixed to the unaccent dictionary, so it can be IMMUTABLE and indexed.
CREATE FUNCTION lede_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, name)) $$;

-- Byte order ("C"), so the names beginning with a prefix are one range: [key, key || U+10FFFF).
CREATE INDEX "Comment_authorNameKey_idx" ON "Comment"
  ((lede_name_key("authorName") COLLATE "C"), status, "createdAt" DESC, id DESC)
  INCLUDE ("authorName");
