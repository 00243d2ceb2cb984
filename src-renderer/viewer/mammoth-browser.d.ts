declare module 'mammoth/mammoth.browser.js' {
  export interface MammothInput {
    arrayBuffer: ArrayBuffer;
  }
  export interface MammothResult {
    value: string;
    messages: { type: string; message: string }[];
  }
  /** A picture in the document; reading a linked one (not carried in the file) rejects. */
  export interface MammothImage {
    contentType: string;
    readAsBase64String(): Promise<string>;
  }
  export type ImageConverter = (image: MammothImage) => Promise<unknown>;
  export interface ConvertOptions {
    convertImage?: ImageConverter;
  }
  export const images: {
    /** An <img> with the picture's alt text and the attributes the function gives. */
    imgElement(
      attributes: (image: MammothImage) => Promise<Record<string, string>>,
    ): ImageConverter;
  };
  /** Headings, lists, tables and links as HTML. */
  export function convertToHtml(
    input: MammothInput,
    options?: ConvertOptions,
  ): Promise<MammothResult>;
}
