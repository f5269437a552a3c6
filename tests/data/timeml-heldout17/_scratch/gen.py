import re, glob, os
OUT = '/work/main/tests/data/timeml-heldout17'
TYPES = {'D':'DATE','T':'TIME','U':'DURATION','S':'SET'}
TAG = re.compile(r'\{([^{}|]+)\|([DTUS])\|([^{}|]+)(?:\|([^{}]*))?\}')
YEAR = re.compile(r'(?<!\d)(1\d{3}|20\d{2})(?!\d)')
def esc(t): return t.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
HEAD = ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n')
def build(docid, dct, body):
    n = [0]
    def rep(m):
        ext, ty, val, attrs = m.group(1), TYPES[m.group(2)], m.group(3), m.group(4)
        n[0] += 1
        a = dict(x.split('=') for x in attrs.split(',')) if attrs else {}
        assert set(a) <= {'mod','freq','quant'}, attrs
        tf = 'false' if ty in ('DURATION','SET') or YEAR.search(ext) else 'true'
        s = f'<TIMEX3 tid="t{n[0]}" type="{ty}" value="{val}"'
        for k in ('mod','freq','quant'):
            if k in a: s += f' {k}="{a[k]}"'
        s += f' temporalFunction="{tf}" functionInDocument="NONE">{esc(ext)}</TIMEX3>'
        return s
    parts = TAG.split(body)
    # escape plain text, substitute tags
    out = []; pos = 0
    for m in TAG.finditer(body):
        out.append(esc(body[pos:m.start()])); out.append(rep(m)); pos = m.end()
    out.append(esc(body[pos:]))
    text = ''.join(out)
    assert '{' not in text and '}' not in text and '|' not in re.sub(r'<[^>]+>','',text).replace(' | ','') , docid
    x = HEAD + f'<DOCID>{docid}</DOCID>\n\n'
    x += f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n\n'
    x += '<TEXT>\n' + text + '\n</TEXT>\n\n</TimeML>\n'
    return x
src = ''.join(open(f).read() for f in sorted(glob.glob(os.path.join(OUT,'_scratch','src*.txt'))))
secs = re.split(r'^=== ', src, flags=re.M)[1:]
for sec in secs:
    head, body = sec.split('\n',1)
    docid, dct = head.split()
    paras = [p.strip() for p in re.split(r'\n\s*\n', body.strip())]
    body = '\n\n'.join(' '.join(l.strip() for l in p.split('\n')) for p in paras)
    open(os.path.join(OUT, docid+'.tml'),'w').write(build(docid, dct, body))
print(len(secs), 'files')
