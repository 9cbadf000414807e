export declare const PROJECT_SOURCES: string[];
export declare function copyProject(entries?: string[], prefix?: string): { dir: string; remove: () => void };
