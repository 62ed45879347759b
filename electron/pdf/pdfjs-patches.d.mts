export declare const PDFJS_WORKER_PATCHES: readonly { why: string; find: string; replace: string }[];
export declare const PDFJS_MAIN_PATCHES: readonly { why: string; find: string; replace: string }[];
export declare function patchPdfjsWorker(source: string): string;
export declare function patchPdfjsMain(source: string): string;
