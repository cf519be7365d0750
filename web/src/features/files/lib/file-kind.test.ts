import { describe, expect, it } from 'vitest';
import { downloadUrl, fileKind, mediaType, previewOf } from './file-kind';
import { isWebUrl, localLinkErrors } from './link-rules';

describe('file kinds', () => {
  it('reads the media type without its parameters', () => {
    expect(mediaType('Text/Plain; charset=utf-8')).toBe('text/plain');
  });

  it('picks the icon by type, then by extension for untyped files', () => {
    expect(fileKind('application/pdf', 'x')).toBe('pdf');
    expect(fileKind('image/png', 'x')).toBe('image');
    expect(fileKind('text/csv', 'x')).toBe('spreadsheet');
    expect(fileKind('application/octet-stream', 'Budget.XLSX')).toBe('spreadsheet');
    expect(fileKind('application/octet-stream', 'blob')).toBe('other');
  });

  it('previews only what the server shows inline', () => {
    expect(previewOf('image/jpeg')).toBe('image');
    expect(previewOf('application/pdf')).toBe('pdf');
    expect(previewOf('image/svg+xml')).toBeNull();
    expect(previewOf('text/html')).toBeNull();
  });

  it('asks for an attachment when downloading', () => {
    expect(downloadUrl('/api/v1/files/88/content')).toBe('/api/v1/files/88/content?download=1');
  });
});

describe('links', () => {
  it('makes only http and https URLs clickable', () => {
    expect(isWebUrl('https://wiki.example.com/erp')).toBe(true);
    expect(isWebUrl('http://intra.example.com')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isWebUrl('example.com')).toBe(false);
  });

  it('needs a URL before asking the server', () => {
    expect(localLinkErrors({ url: '  ', title: 'x', description: '' })).toEqual({
      url: 'links.validation.urlRequired',
    });
    expect(localLinkErrors({ url: 'javascript:x', title: '', description: '' })).toEqual({});
  });
});
