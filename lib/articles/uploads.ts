// Hero image uploads: checked by their bytes (JPEG, PNG, WebP or AVIF; never by the file name),
// at most 5 MB, stored under UPLOAD_DIR with a random name and served by app/media/[...path].
// Width and height are read from the image header, so pages reserve the image's space.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MEDIA_PREFIX = "/media/";

export type ImageType = "jpeg" | "png" | "webp" | "avif";

export const IMAGE_TYPES: Record<ImageType, { extension: string; contentType: string }> = {
  jpeg: { extension: "jpg", contentType: "image/jpeg" },
  png: { extension: "png", contentType: "image/png" },
  webp: { extension: "webp", contentType: "image/webp" },
  avif: { extension: "avif", contentType: "image/avif" },
};

export type Dimensions = { width: number; height: number };
export type StoredImage = Dimensions & { url: string };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

/** The image type from the file's magic bytes, or null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length < 16) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (ascii(bytes, 4, 4) === "ftyp") {
    // Major brand, then the compatible brands up to the end of the ftyp box.
    const end = Math.min(u32be(bytes, 0), bytes.length);
    for (let at = 8; at + 4 <= end; at += 4) {
      if (at === 12) continue; // minor version
      const brand = ascii(bytes, at, 4);
      if (brand === "avif" || brand === "avis") return "avif";
    }
  }
  return null;
}

/** Width and height as displayed (JPEG EXIF rotation applied), or null when unreadable. */
export function imageDimensions(bytes: Uint8Array, type: ImageType): Dimensions | null {
  const size = { jpeg: jpegSize, png: pngSize, webp: webpSize, avif: avifSize }[type](bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

function pngSize(b: Uint8Array): Dimensions | null {
  if (b.length < 24 || ascii(b, 12, 4) !== "IHDR") return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegSize(b: Uint8Array): Dimensions | null {
  let at = 2;
  let rotated = false;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      at += 2; // markers without a length
      continue;
    }
    const length = u16be(b, at + 2);
    if (marker === 0xe1 && ascii(b, at + 4, 6) === "Exif\0\0")
      rotated = exifSwapsAxes(b, at + 10, at + 2 + length);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = u16be(b, at + 5);
      const width = u16be(b, at + 7);
      return rotated ? { width: height, height: width } : { width, height };
    }
    at += 2 + length;
  }
  return null;
}

/** True when the EXIF orientation (5–8) turns the image a quarter: browsers display it rotated. */
function exifSwapsAxes(b: Uint8Array, tiff: number, end: number): boolean {
  if (tiff + 8 > end) return false;
  const little = ascii(b, tiff, 2) === "II";
  const u16 = (at: number) => (little ? u16le(b, at) : u16be(b, at));
  const u32 = (at: number) => (little ? u16le(b, at) + u16le(b, at + 2) * 65536 : u32be(b, at));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return false;
  const count = u16(ifd);
  for (let entry = ifd + 2; entry + 12 <= end && entry < ifd + 2 + count * 12; entry += 12) {
    if (u16(entry) === 0x0112) return u16(entry + 8) >= 5 && u16(entry + 8) <= 8;
  }
  return false;
}

function webpSize(b: Uint8Array): Dimensions | null {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8 " && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === "VP8L" && b[20] === 0x2f) {
    const [b1, b2, b3, b4] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return {
      width: 1 + (((b2 & 0x3f) << 8) | b1),
      height: 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)),
    };
  }
  if (chunk === "VP8X") return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return null;
}

/** AVIF: the largest 'ispe' (image spatial extents) property; the primary image is the largest. */
function avifSize(b: Uint8Array): Dimensions | null {
  let best: Dimensions | null = null;
  const limit = Math.min(b.length, 256 * 1024) - 16;
  for (let at = 4; at <= limit; at++) {
    if (b[at] !== 0x69 || ascii(b, at, 4) !== "ispe") continue; // "i"
    const size = { width: u32be(b, at + 8), height: u32be(b, at + 12) };
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best;
}

export class UploadRejected extends Error {}

/** Checks and stores an uploaded hero image; throws UploadRejected with a message for the editor. */
export async function storeHeroImage(file: File, now = new Date()): Promise<StoredImage> {
  if (file.size > MAX_UPLOAD_BYTES)
    throw new UploadRejected(
      `The image is too large (${(file.size / 1048576).toFixed(1)} MB); the limit is 5 MB.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw new UploadRejected("This file is not a JPEG, PNG, WebP or AVIF image.");
  const size = imageDimensions(bytes, type);
  if (!size) throw new UploadRejected("This image's size could not be read; the file may be damaged.");
  // A folder per month keeps directories small; the random name makes URLs unguessable and
  // every stored file immutable (cached for a year).
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = `${randomBytes(12).toString("hex")}.${IMAGE_TYPES[type].extension}`;
  await mkdir(path.join(uploadRoot(), folder), { recursive: true });
  await writeFile(path.join(uploadRoot(), folder, name), bytes, { flag: "wx" });
  return { url: `${MEDIA_PREFIX}${folder}/${name}`, ...size };
}

export function uploadRoot(): string {
  return path.resolve(env().UPLOAD_DIR);
}

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
const FILE_NAME = /^[A-Za-z0-9_-]{1,64}\.(jpg|png|webp|avif)$/;

/** The file behind /media/<segments>, or null: plain names only, inside UPLOAD_DIR, known types. */
export function resolveMediaFile(segments: string[]): { file: string; contentType: string } | null {
  if (segments.length === 0 || segments.length > 4) return null;
  const name = segments.at(-1)!;
  const match = FILE_NAME.exec(name);
  if (!match || !segments.slice(0, -1).every((segment) => SEGMENT.test(segment))) return null;
  const root = uploadRoot();
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return null;
  const type = (Object.keys(IMAGE_TYPES) as ImageType[]).find(
    (key) => IMAGE_TYPES[key].extension === match[1],
  )!;
  return { file, contentType: IMAGE_TYPES[type].contentType };
}

/** Size of an image already stored under /media/, or null (missing or not an upload). */
export async function storedImageSize(url: string): Promise<Dimensions | null> {
  if (!url.startsWith(MEDIA_PREFIX)) return null;
  const resolved = resolveMediaFile(url.slice(MEDIA_PREFIX.length).split("/"));
  if (!resolved) return null;
  const bytes = await readFile(resolved.file).catch(() => null);
  if (!bytes) return null;
  const type = sniffImageType(bytes);
  return type && imageDimensions(bytes, type);
}
