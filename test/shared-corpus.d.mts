export declare const SHARED: string | null;
export declare function sharedPath(...parts: string[]): string | null;
export declare const SHARED_NOTE: string;
