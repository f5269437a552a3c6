import re, glob, os, sys, datetime as dt
import xml.etree.ElementTree as ET
D = '/work/main/tests/data/timeml-heldout17'
REF_HEAD = open('/work/main/tests/data/timeml-heldout16/HK-001.tml','rb').read()[:200]
REF_TAIL = open('/work/main/tests/data/timeml-heldout16/HK-001.tml','rb').read()[-22:]
errs = []
def err(f, m): errs.append(f'{f}: {m}')
WD = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
WDA = {'mon':0,'tue':1,'wed':2,'thu':3,'fri':4,'sat':5,'sun':6}
MONTHS = {m:i+1 for i,m in enumerate(['january','february','march','april','may','june','july','august','september','october','november','december'])}
MABB = {'jan':1,'feb':2,'mar':3,'apr':4,'jun':6,'jul':7,'aug':8,'sep':9,'sept':9,'oct':10,'nov':11,'dec':12}
NUMW = {'a':1,'an':1,'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,'twelve':12,'fifteen':15,'twenty':20}
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30;i=c//4;k=c%4
    l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=dt.timedelta((wd-d.weekday())%7); return d+dt.timedelta(7*(n-1))
def iso_week(d): y,w,_=d.isocalendar(); return f'{y}-W{w:02d}'
SHAPES = {
 'DATE': r'^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF)$',
 'TIME': r'^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)$',
 'DURATION': r'^P((\d+|X)[YMWD]|T((\d+|X)H)?((\d+|X)M)?((\d+|X)S)?)$',
 'SET': r'^(P\d+[YMWD]|PT\d+[HMS]|XXXX-WXX-[1-7]|XXXX-\d{2}(-\d{2})?|XXXX-XX-XXT(MO|AF|EV|NI)|XXXX-(SP|SU|FA|WI))$'}
ORDER = ['tid','type','value','mod','freq','quant','temporalFunction','functionInDocument']
PREP = r'^(on|in|at|by|since|until|from|for|within|over|during|after|before|to|of|shortly|just)\b'
MODW = [('APPROX',r'\b(about|around|approximately)\b'),('MORE_THAN',r'\bmore than\b'),('LESS_THAN',r'\b(nearly|less than)\b'),
        ('EQUAL_OR_MORE',r'\bat least\b'),('EQUAL_OR_LESS',r'\bup to\b'),('START',r'\b(early|earlier|start)\b'),
        ('MID',r'\bmid\b'),('END',r'\b(late|later|end)\b')]
ANAPH_OK = {'three days earlier','94 years later'}
YEAR = re.compile(r'(?<!\d)(1\d{3}|20\d{2})(?!\d)')
HOL = {
 'palm sunday': lambda y: easter(y)-dt.timedelta(7), 'good friday': lambda y: easter(y)-dt.timedelta(2),
 'easter monday': lambda y: easter(y)+dt.timedelta(1), 'easter': easter, 'pentecost': lambda y: easter(y)+dt.timedelta(49),
 "christmas eve": lambda y: dt.date(y,12,24), 'christmas day': lambda y: dt.date(y,12,25), 'christmas': lambda y: dt.date(y,12,25),
 'boxing day': lambda y: dt.date(y,12,26), "new year's eve": lambda y: dt.date(y,12,31), "new year's day": lambda y: dt.date(y,1,1),
 'epiphany': lambda y: dt.date(y,1,6), "three kings' day": lambda y: dt.date(y,1,6),
 'international coastal cleanup day': lambda y: nth_wd(y,9,5,3), 'august monday': lambda y: nth_wd(y,8,0,1),
 'august thursday': lambda y: nth_wd(y,8,0,1)+dt.timedelta(3), 'transfer day': lambda y: dt.date(y,3,31),
 'emancipation day': lambda y: dt.date(y,7,3), "st martin's day": lambda y: dt.date(y,11,11), 'anzac day': lambda y: dt.date(y,4,25),
 'self-determination day': lambda y: dt.date(y,4,6), 'meritxell day': lambda y: dt.date(y,9,8)}
BOUNTY = {'HJ-016': (6,8), 'HJ-017': (1,23)}
totals = {}; counts = {}; modc={}; freqc={}; quantc={}; special={}
files = sorted(glob.glob(os.path.join(D,'HJ-*.tml')))
if len(files)!=24: err('set', f'{len(files)} files')
for f in files:
    fn = os.path.basename(f); stem = fn[:-4]
    raw = open(f,'rb').read()
    if raw[:150] != REF_HEAD[:150]: err(fn,'header differs')
    if not raw.endswith(b'</TEXT>\n\n</TimeML>\n'): err(fn,'tail differs')
    try: root = ET.fromstring(raw)
    except Exception as e: err(fn, f'XML {e}'); continue
    if [c.tag for c in root] != ['DOCID','DCT','TEXT']: err(fn,'top level')
    if root.find('DOCID').text != stem: err(fn,'DOCID')
    t0 = root.find('DCT/TIMEX3')
    if t0.get('tid')!='t0' or t0.text!=t0.get('value') or t0.get('functionInDocument')!='CREATION_TIME': err(fn,'DCT')
    dct = dt.date.fromisoformat(t0.get('value'))
    text = root.find('TEXT')
    plain = ''.join(text.itertext())
    words = len(plain.split())
    if not 150 <= words <= 450: err(fn, f'{words} words')
    # attribute order from raw
    for i, m in enumerate(re.finditer(r'<TIMEX3 ([^>]*)>', raw.decode()[raw.decode().index('<TEXT>'):])):
        keys = re.findall(r'(\w+)=', m.group(1))
        if keys != [k for k in ORDER if k in keys] or keys[:3]!=['tid','type','value'] or keys[-2:]!=ORDER[-2:]: err(fn, f'attr order {keys}')
    tx = list(text)
    if any(c.tag!='TIMEX3' for c in tx): err(fn,'non-TIMEX3 tag')
    for i, c in enumerate(tx, 1):
        e = c.text or ''; el = e.lower(); ty = c.get('type'); v = c.get('value'); mod = c.get('mod'); fq=c.get('freq'); q=c.get('quant')
        where = f'{c.get("tid")} "{e}"'
        if c.get('tid') != f't{i}': err(fn, f'tid order {where}')
        if list(c): err(fn, 'nested')
        if c.get('functionInDocument')!='NONE': err(fn, where+' fid')
        counts[ty] = counts.get(ty,0)+1
        if mod: modc[mod]=modc.get(mod,0)+1
        if fq: freqc[fq]=freqc.get(fq,0)+1
        if q: quantc[q]=quantc.get(q,0)+1
        if v in ('PRESENT_REF','PAST_REF','FUTURE_REF'): special[v]=special.get(v,0)+1
        if ty not in SHAPES or not re.match(SHAPES[ty], v): err(fn, f'bad shape {ty} {v} {where}')
        tf = 'false' if ty in ('DURATION','SET') or YEAR.search(e) else 'true'
        if c.get('temporalFunction') != tf: err(fn, where+' temporalFunction')
        if e != e.strip() or re.search(PREP, el) and not el.startswith(('late on','early on','at least')) or el.endswith("'s"): err(fn, where+' extent boundary')
        if (fq or q) and ty!='SET': err(fn, where+' freq/quant on non-SET')
        if ty=='SET':
            wq = 'EVERY' if re.search(r'\bevery\b', el) else 'EACH' if re.search(r'\beach\b', el) else None
            if wq != q: err(fn, where+' quant')
        for w,fx in (('twice','2X'),('three times','3X'),('four times','4X')):
            if w in el and fq!=fx: err(fn, where+' freq')
        if fq and not any(w in el for w in ('twice','three times','four times')): err(fn, where+' stray freq')
        # mods
        exp = None
        for mm, rx in MODW:
            if re.search(rx, el.replace('mid-','mid ')): exp = mm; break
        if el in ANAPH_OK: exp = None
        if exp != mod: err(fn, f'{where} mod {mod} expected {exp}')
        # dates in value
        vd = None
        mdate = re.match(r'^(\d{4})-(\d{2})-(\d{2})', v)
        if mdate: vd = dt.date(*map(int, mdate.groups()))
        # weekday
        for k, name in enumerate(WD):
            if re.search(r'\b'+name+r's?\b', el) or re.search(r'\b'+name[:3]+r'\b', el):
                if ty == 'SET':
                    if not v.endswith(f'WXX-{k+1}'): err(fn, where+' weekday set')
                else:
                    if not vd or vd.weekday()!=k: err(fn, where+' weekday mismatch')
                    elif not re.search(r'\d', el) and abs((vd-dct).days) > 8 and 'palm' not in el: err(fn, where+' bare weekday far')
        # relative words
        rel = {'today':0,'tonight':0,'yesterday':-1,'tomorrow':1,'this morning':0,'this afternoon':0,'this evening':0,'last night':-1,'overnight':-1}
        for w, off in rel.items():
            if re.search(r'\b'+w+r'\b', el):
                want = dct + dt.timedelta(off)
                if not vd: err(fn, where+' rel no date')
                elif w in ('today','tonight','tomorrow','yesterday') and 'midnight' not in el and vd!=want and not (w=='tonight' and 'midnight' in el): err(fn, f'{where} rel {w}')
                elif w not in ('today','tonight','tomorrow','yesterday') and vd!=want: err(fn, f'{where} rel {w}')
                if w in ('tonight','last night','overnight') and ty=='TIME' and not re.search(r'\d|midnight',el) and not v.endswith('TNI'): err(fn, where+' night')
        for w, p in (('morning','MO'),('afternoon','AF'),('evening','EV'),('night','NI')):
            if re.search(r'\b'+w+r'\b', el) and 'midnight' not in el and not v.endswith(p): err(fn, where+f' part of day {p}')
        if re.search(r'\btonight\b', el) and not re.search(r'\d|midnight', el) and not v.endswith('TNI'): err(fn, where+' tonight')
        # clock
        mc = re.search(r'(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?(?![\d/.-])', el)
        clock = None
        if re.search(r'\bnoon\b', el): clock = (12,0)
        elif 'midnight' in el: clock = (24,0)
        else:
            m2 = re.search(r'\b(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)', el) or re.search(r'\b(\d{1,2})[:h](\d{2})\b', el)
            if m2:
                h = int(m2.group(1)); mi = int(m2.group(2) or 0); ap = m2.group(3) if m2.lastindex>=3 else None
                if ap and ap.startswith('p') and h<12: h+=12
                if ap and ap.startswith('a') and h==12: h=0
                clock = (h, mi)
        if clock and ty=='TIME':
            if not v.endswith(f'T{clock[0]:02d}:{clock[1]:02d}'): err(fn, where+f' clock {clock}')
        elif ty=='TIME' and re.search(r'T\d\d:', v): err(fn, where+' clock value without clock')
        # months
        for mn, mi in list(MONTHS.items()) + list(MABB.items()):
            if re.search(r'\b'+mn+r'\b\.?', el) and 'first week of' not in el:
                if mn=='may' and False: pass
                mv = re.match(r'^(\d{4}|XXXX)-(\d{2})(?!\d)', v)
                if not mv or int(mv.group(2))!=mi: err(fn, where+' month')
        # year
        for y in YEAR.findall(e):
            if not (v.startswith(y) or v == y[:3] or v==y): err(fn, where+' year')
        # numeric dates
        mn = re.search(r'\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b', e)
        if mn:
            a,b,y = map(int, mn.groups())
            dmy = (y,b,a); mdy = (y,a,b)
            if vd not in (dt.date(*dmy) if b<=12 else None, dt.date(*mdy) if a<=12 else None): err(fn, where+' numeric date')
        md = None if re.search(r'\d{4}-\d\d-\d\d|\d+/\d+/\d+|\d+\.\d+\.\d+|first week of', el) else re.search(r'\b(\d{1,2})(?:st|nd|rd|th)?\b', re.sub(r'\d{1,2}[:.h]\d{2}|\b\d{4}\b|\d+(-|\s)(day|year|hour)|\d+\.\d+','',el))
        if md and ty in ('DATE','TIME') and vd and not re.search(r'\d+\s*(a\.m|p\.m|am|pm)', el):
            if int(md.group(1)) != vd.day: err(fn, where+f' day number {md.group(1)}')
        # decades / centuries
        if re.search(r'\d0s\b', el) and not re.match(r'^\d{3}$', v): err(fn, where+' decade')
        mce = re.search(r'(\d+)(st|nd|rd|th) century', el)
        if mce and v != f'{int(mce.group(1))-1:02d}': err(fn, where+' century')
        if 'end of the century' in el and v != f'{dct.year//100:02d}': err(fn, where+' century')
        # durations: number agreement
        if ty == 'DURATION':
            mnum = re.search(r'\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b[- ](?:and a half )?(minute|hour|day|week|fortnight|month|year|decade|centur)', el)
            if mnum:
                n = int(mnum.group(1)) if mnum.group(1).isdigit() else NUMW[mnum.group(1)]
                u = mnum.group(2)
                mult = {'decade':10,'centur':100}.get(u,1); n*=mult
                code = {'minute':'TM','hour':'TH','day':'D','week':'W','month':'M','year':'Y','decade':'Y','centur':'Y'}[u]
                if code.startswith('T'):
                    if not re.match(rf'^PT{n}H' if code=='TH' else rf'^PT{n}M$', v): err(fn, where+' duration number')
                elif v != f'P{n}{code}': err(fn, where+' duration number')
            elif re.match(r'^the past (week|month|year)$', el):
                if v != 'P1'+{'week':'W','month':'M','year':'Y'}[el.split()[-1]]: err(fn, where+' duration number')
            elif not re.search(r'X', v) and not re.search(r'\d', el) and 'decade' not in el and 'century' not in el: err(fn, where+' duration w/o number')
        # weeks / months / years relative
        def chk(cond, want):
            if cond and v != want: err(fn, f'{where} expected {want}')
        chk(el in ('this week',), iso_week(dct)); chk(el=='last week', iso_week(dct-dt.timedelta(7))); chk(el=='next week', iso_week(dct+dt.timedelta(7)))
        chk(el=='earlier this week', iso_week(dct))
        chk(el in ('next month',), f'{(dct.replace(day=1)+dt.timedelta(32)).strftime("%Y-%m")}')
        chk(el in ('last month',), f'{(dct.replace(day=1)-dt.timedelta(1)).strftime("%Y-%m")}')
        chk(el in ('early next month',), f'{(dct.replace(day=1)+dt.timedelta(32)).strftime("%Y-%m")}')
        chk(el in ('earlier this month','the end of the month'), dct.strftime('%Y-%m'))
        chk(el in ('this year','later this year','the end of the year'), str(dct.year)); chk(el=='last year', str(dct.year-1)); chk(el in ('next year','early next year'), str(dct.year+1))
        chk(el=='next weekend', iso_week(dct+dt.timedelta(7))+'-WE')
        chk(el=='early next week', iso_week(dct+dt.timedelta(7)))
        chk(el=='a week ago' or el=='about a week ago', iso_week(dct-dt.timedelta(7)))
        chk(el=='two weeks ago' or el=='a fortnight ago', iso_week(dct-dt.timedelta(14)))
        mg = re.match(r'^(two|three|four|five) years ago$', el)
        if mg: chk(True, str(dct.year-NUMW[mg.group(1)]))
        chk(el=='a decade ago', str(dct.year-10)[:3])
        if el in ('the weekend','this weekend'):
            # nearest weekend: coming if DCT Wed-Fri, past if Mon-Tue
            if dct.weekday()>=4 or dct.weekday()==2 or dct.weekday()==3: want = iso_week(dct)+'-WE'
            else: want = iso_week(dct-dt.timedelta(7))+'-WE'
            if dct.weekday()==6: want = iso_week(dct)+'-WE'
            if v!=want: err(fn, f'{where} weekend expected {want} (check by hand)')
        if el=='over the weekend': pass
        ml = re.match(r'^(last|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$', el)
        if ml:
            k = WD.index(ml.group(2))
            if ml.group(1)=='last': want = dct - dt.timedelta((dct.weekday()-k-1)%7+1)
            else: want = dct + dt.timedelta((k-dct.weekday()-1)%7+1)
            if vd != want: err(fn, f'{where} expected {want}')
        # holidays
        for h, fnc in sorted(HOL.items(), key=lambda x:-len(x[0])):
            if h in el:
                if not vd or vd != fnc(vd.year): err(fn, f'{where} holiday {h}')
                elif abs((vd-dct).days) > 200 and not YEAR.search(e): err(fn, f'{where} holiday year far')
                break
        if 'bounty day' in el and (not vd or (vd.month,vd.day)!=BOUNTY[stem]): err(fn, where+' bounty')
        if ty=='SET' and re.search(r'\bevery (night|morning|evening|afternoon)\b', el):
            if v != 'XXXX-XX-XXT'+{'night':'NI','morning':'MO','evening':'EV','afternoon':'AF'}[el.split()[-1]]: err(fn, where+' set pod')
        if el in ('now','currently') and v!='PRESENT_REF': err(fn, where)
        if el=='recently' and v!='PAST_REF': err(fn, where)
    totals[fn] = (len(tx), words, dct.strftime('%a'))
for e in errs: print('ERR', e)
print('files', len(totals), 'tags', sum(t[0] for t in totals.values()))
for k,v in totals.items(): print(k, v)
print(counts, modc, freqc, quantc, special)
