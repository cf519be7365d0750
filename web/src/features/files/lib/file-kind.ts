/** What the icon of a file row shows, by its type (and its name's extension when the type is vague). */
export type FileKind = 'image' | 'pdf' | 'text' | 'spreadsheet' | 'document' | 'archive' | 'other';

const extensionKinds: Record<string, FileKind> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'image',
  pdf: 'pdf',
  txt: 'text',
  csv: 'spreadsheet',
  md: 'text',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  ods: 'spreadsheet',
  doc: 'document',
  docx: 'document',
  odt: 'document',
  rtf: 'document',
  ppt: 'document',
  pptx: 'document',
  zip: 'archive',
  '7z': 'archive',
  gz: 'archive',
  tar: 'archive',
};

/** The media type without parameters, lower case: `text/plain; charset=utf-8` → `text/plain`. */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export function fileKind(contentType: string, name: string): FileKind {
  const type = mediaType(contentType);
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.includes('spreadsheet') || type.includes('excel') || type === 'text/csv') {
    return 'spreadsheet';
  }
  if (type.includes('word') || type.includes('opendocument') || type.includes('presentation')) {
    return 'document';
  }
  if (type.includes('zip') || type.includes('compressed') || type.includes('tar')) return 'archive';
  if (type.startsWith('text/')) return 'text';
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return extensionKinds[extension] ?? 'other';
}

/** The icon: a short badge, legible without an emoji font (the row also names the kind). */
export const fileKindIcons: Record<FileKind, string> = {
  image: 'IMG',
  pdf: 'PDF',
  text: 'TXT',
  spreadsheet: 'XLS',
  document: 'DOC',
  archive: 'ZIP',
  other: 'FILE',
};

/** The types the server shows inline (docs/api.md), and so the ones the app previews. */
const inlineImages = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export type Preview = 'image' | 'pdf' | null;

export function previewOf(contentType: string): Preview {
  const type = mediaType(contentType);
  if (inlineImages.has(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  return null;
}

/** The content URL that always downloads (`Content-Disposition: attachment`). */
export function downloadUrl(contentUrl: string): string {
  return `${contentUrl}${contentUrl.includes('?') ? '&' : '?'}download=1`;
}
