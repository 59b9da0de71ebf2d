// The shapes of a CMDB type, apart from types.ts so acl.ts and secrets.ts can use them without an import circle.

/** A CMDB type as DATAGERRY documents it. JSON columns are parsed in types.ts (parseType) and nowhere else. */
export interface TypeField {
  type: string;
  name: string;
  label?: string;
  required?: boolean;
  options?: { name: string; label?: string }[];
  ref_types?: number[];
  [key: string]: unknown;
}
export interface TypeAcl {
  activated: boolean;
  groups: { includes: Record<string, string[]> };
}
export interface CmdbType {
  public_id: number;
  name: string;
  label: string | null;
  description: string | null;
  active: boolean;
  author_id: number | null;
  creation_time: string;
  version: string;
  render_meta: {
    icon?: string;
    sections?: { type: string; name: string; label?: string; fields: string[] }[];
    externals?: { name: string; href: string; label?: string; icon?: string; fields: string[] }[];
    summary?: { fields: string[] };
  };
  fields: TypeField[];
  acl: TypeAcl;
}
