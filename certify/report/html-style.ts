/** The report's stylesheet: screen first, then print (A4, evidence kept whole, colours kept). */
export const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{margin:0 0 .4rem;font-size:1.6rem}h2{margin:1.6rem 0 .5rem}h3{margin:0 0 .3rem;font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
:is(span,p).pass{color:#1a7f37}:is(span,p).fail{color:#b42318;font-weight:600}:is(span,p).not-applicable,.muted{color:#666}
.verdict{font-size:1.25rem;padding:.5rem .9rem;border-radius:6px;display:inline-block;margin:.2rem 0 .6rem}
.verdict.pass{background:#e6f4ea}.verdict.fail{background:#fde7e7;color:#b42318}
.failed{border:2px solid #b42318;border-radius:6px;padding:.4rem 1rem .6rem;margin:.6rem 0}
.failed h2{margin:.3rem 0;color:#b42318;font-size:1.15rem}.failed li{margin:.15rem 0}
.warnings{border:2px solid #b58105;border-radius:6px;padding:.4rem 1rem;margin:.6rem 0;background:#fff8e1}
.facts{margin:.2rem 0;color:#444}
article.check{border:1px solid #ddd;border-left:6px solid #1a7f37;border-radius:4px;padding:.5rem .8rem;margin:.7rem 0}
article.check.fail{border-left-color:#b42318}article.check.not-applicable{border-left-color:#999}
pre{background:#f6f8fa;padding:.45rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.2rem 0 .5rem;font-size:.85rem}
.label{font-weight:600;margin:.4rem 0 0}.controls{font-size:.85rem;color:#444}
a{color:#0b57d0}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{font-size:10pt;margin:0;max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}tr,article.check,.failed{break-inside:avoid}
  pre{font-size:8pt;break-inside:auto}
  .screen-only{display:none}
}`;
