// `next/font/local` outside Next: the call is compiled away by Next's font loader, which
// tests do not run; rendered components get the classes and family a loaded font would give.
export default function localFont({ variable }: { variable?: string }) {
  const family = variable ? variable.replace(/^--font-/, '') : 'local-font';
  return { className: `font-${family}`, variable: `font-variable-${family}`, style: { fontFamily: `'${family}'` } };
}
