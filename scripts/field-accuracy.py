#!/usr/bin/env python3
# Field-accuracy check: compares what the parser read (scripts/corpus-report.sh --fields) with an independent,
# deliberately simple reading of each corpus file (first H1, Status section or line, Date line, file-name number).
# Every disagreement is printed to the misses file for reading by hand; agreement is not proof, disagreement is a lead.
# Usage: scripts/corpus-report.sh ../shared/corpus --fields > /tmp/fields.txt && scripts/field-accuracy.py /tmp/fields.txt
import re, sys, os, collections, datetime, html
CORPUS=os.environ.get('ADR_CORPUS', os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpus'))
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.startswith('FIELDS\t')]
MONTHS=['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec']
def fm_and_body(text):
    lines=text.split('\n')
    fm={}
    start=0
    if lines and lines[0].strip()=='---':
        for i in range(1,len(lines)):
            if lines[i].strip() in ('---','...'):
                block=lines[1:i]
                for j,l in enumerate(block):
                    m=re.match(r'^([\w-]+)\s*:\s*(.*)$',l)
                    if m:
                        v=m.group(2).strip()
                        if v in ('|','>','|-','>-') and j+1<len(block): v=block[j+1].strip()  # a block scalar
                        fm[m.group(1).lower()]=v.strip('"\'')
                start=i+1;break
    return fm, lines[start:], start
def h1(body):
    fence=False
    for l in body:
        if l.strip().startswith('```') or l.strip().startswith('~~~'): fence=not fence; continue
        if fence: continue
        if re.match(r'^#\s+\S',l):
            if re.match(r'^#\s+(context and problem statement|context|decision|consequences|status)\s*$',l,re.I): return None
            return l[1:].strip()
    return None
def plain_title(t, filenum=None):
    t=re.sub(r'<!--.*?-->','',t); t=re.sub(r'\s*\{#[^}]*\}\s*$','',t)
    t=re.sub(r'\[([^\[\]]*)\]\([^)]*\)',r'\1',t); t=re.sub(r'\*\*(.+?)\*\*',r'\1',t)
    t=re.sub(r'\\(.)',r'\1',t)
    t=re.sub(r'^\[\s*(superseded|superceded|deprecated|rejected|obsolete)\b.*?\]\s*','',t,flags=re.I)
    m=re.match(r'^(?:a?dr)[-_ ]?(\d+)(?:\s*[:.)\-\u2013\u2014|]\s*|\s+)(.*)$',t,re.I) or re.match(r'^(\d+)(?:\s*[.):]|\s+[-\u2013\u2014])\s+(.*)$',t)
    if m: t=m.group(2)
    elif filenum is not None:
        m=re.match(r'^(\d+)\s+(.*)$',t)  # "# 6 Title": a number without its dot
        if m and str(int(m.group(1)))==filenum: t=m.group(2)
    t=re.sub(r'^(?:architecture(?:al)?\s+decision\s+record|decision\s+record|ADR)\s*[:\-\u2013\u2014]\s+','',t,flags=re.I)
    return t.strip()
def status_cat(word):
    w=word.lower().strip(' .*>`_')
    w=re.sub(r'^[^\w\u4e00-\u9fff]+','',w)
    table=[('superseded','superseded'),('superceded','superseded'),('replaced','superseded'),('deprecated','deprecated'),('obsolete','deprecated'),('retired','deprecated'),
      ('rejected','rejected'),('declined','rejected'),('withdrawn','rejected'),('abandoned','rejected'),('draft','draft'),
      ('proposed','proposed'),('pending','proposed'),('in review','proposed'),('under review','proposed'),('open','proposed'),('rfc','proposed'),('wip','proposed'),('in-progress','proposed'),('in progress','proposed'),('on hold','proposed'),('experimental','proposed'),('提议','proposed'),
      ('accepted','accepted'),('implemented','accepted'),('approved','accepted'),('active','accepted'),('decided','accepted'),('done','accepted'),('adopted','accepted'),('partly superseded','accepted'),('完成','accepted'),('通过','accepted'),('已弃用','deprecated')]
    best=None
    for k,c in table:
        if w.startswith(k) and (best is None or len(k)>len(best[0])): best=(k,c)
    if best and best[1] in ('accepted','proposed') and re.search(r'[.;,]\s*(super[sc]eded|replaced) by',w): return 'superseded'
    return best[1] if best else 'other'
def status(fm, body):
    if fm.get('status'): return status_cat(fm['status'])
    for i,l in enumerate(body):
        if re.match(r'^#{2,4}\s*(context|status|decision|consequences)\b',l,re.I): break
        m=re.match(r'^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:Status|状态)(?:\*\*|__)?\s*[:：]\s*(?:\*\*)?\s*(.+)$',l,re.I)
        if m and i<40: return status_cat(m.group(1))
    for i,l in enumerate(body):
        if re.match(r'^#{1,4}\s*(?:\d+\.?\s*)?(status|状态)\s*:?\s*$',l,re.I):
            hist=[]; first=None
            for l2 in body[i+1:]:
                if re.match(r'^#{1,4}\s',l2): break
                t=re.sub(r'<!--.*?-->','',l2).strip()
                if not t or t.startswith('<!--'): continue
                md=re.match(r'^(?:[-*]\s+)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[:\-]?\s+(.*)$',t)
                if md: hist.append(md.group(2)); continue
                if first is None: first=t
                elif re.match(r'^(?:[-*]\s+)?super[sc]eded\b',t,re.I) and status_cat(first) in ('accepted','proposed'): return 'superseded'
            if hist: return status_cat(hist[-1])
            if first:
                badge=re.search(r'badge/[^/]+/([^/]+)/',first)
                if badge: return status_cat(badge.group(1))
                if re.search(r'\b(accepted|proposed|rejected|deprecated)\s+(or|\|)\s+\w',first,re.I): return 'other'  # the template's choice list
                return status_cat(first)
        m=re.match(r'^#{1,4}\s*status\s*:\s*(\S.*)$',l,re.I)
        if m: return status_cat(m.group(1))
    return 'other'
def parse_date(t):
    t=html.unescape(t).strip().strip('*_').strip().strip('{}').strip()
    m=re.match(r'^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\w)',t)
    try:
        if m: return datetime.date(int(m.group(1)),int(m.group(2)),int(m.group(3))).isoformat()
        m=re.match(r'^(\d{4})(\d{2})(\d{2})(?!\d)',t)
        if m: return datetime.date(int(m.group(1)),int(m.group(2)),int(m.group(3))).isoformat()
        m=re.match(r'^(\d{1,2})\.(\d{1,2})\.(\d{4})',t)
        if m: return datetime.date(int(m.group(3)),int(m.group(2)),int(m.group(1))).isoformat()
        m=re.match(r'^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})',t)
        if m:
            a,b,y=int(m.group(1)),int(m.group(2)),int(m.group(3)); y=y+2000 if y<100 else y
            if a>12: return datetime.date(y,b,a).isoformat()
            if b>12: return datetime.date(y,a,b).isoformat()
            if a==b: return datetime.date(y,a,b).isoformat()
            return 'AMBIG:%d/%d/%d'%(a,b,y)
        m=re.match(r'^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})',t)
        if m: return datetime.date(int(m.group(3)),MONTHS.index(m.group(2)[:3].lower())+1,int(m.group(1))).isoformat()
        m=re.match(r'^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})',t)
        if m: return datetime.date(int(m.group(3)),MONTHS.index(m.group(1)[:3].lower())+1,int(m.group(2))).isoformat()
    except (ValueError,): return None
    return None
def date(fm, body, stem):
    if fm.get('date'): return parse_date(fm['date'])
    for i,l in enumerate(body[:40]):
        m=re.match(r'^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:Date|日期)(?:\*\*|__)?(?:\s*[:：]|\s+(?=\d))\s*(?:\*\*|__)?\s*(\S.*)$',l,re.I)
        if m:
            v=re.sub(r'<!--.*?-->','',m.group(1)).strip()
            if v: return parse_date(v)
    for key in ('date of submission','last modified','created','introduced'):
        for l in body[:40]:
            m=re.match(r'^\s*(?:[-*+]\s+)?(?:\*\*)?'+key+r'(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\S.*)$',l,re.I)
            if m: return parse_date(m.group(1))
    # the changelog family: the earliest dated entry of a ## Changelog list
    for i,l in enumerate(body):
        if re.match(r'^#{1,4}\s*(change\s*log|revision history)\s*$',l,re.I):
            got=[]
            for l2 in body[i+1:]:
                if re.match(r'^#{1,4}\s',l2): break
                m=re.match(r'^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*|`)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4} [A-Za-z]{3} \d{1,2})',l2)
                if m:
                    t=m.group(1)
                    m2=re.match(r'^(\d{4}) ([A-Za-z]{3}) (\d{1,2})$',t)
                    if m2: t='%s %s, %s'%(m2.group(2),m2.group(3),m2.group(1))
                    d=parse_date(t)
                    if d: got.append(d)
            if got:
                real=[d for d in got if not d.startswith('AMBIG')]
                return min(real) if real else got[0]
            break
    # a date the status line carries: "Proposed - 30/04/2025", "Accepted on 2024-03-01"
    for i,l in enumerate(body):
        if re.match(r'^#{1,4}\s*status\s*:?\s*$',l,re.I):
            for l2 in body[i+1:]:
                if re.match(r'^#{1,4}\s',l2): break
                if not l2.strip() or l2.strip().startswith('<!--'): continue
                m=re.search(r'(?<![\w/.-])(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?![\w])',l2)
                if m: return parse_date(m.group(1))
                break
            break
    m=re.match(r'^(\d{4})-?(\d{2})-?(\d{2})(?:$|[-_ .])',stem)
    if m: return parse_date(m.group(1)+'-'+m.group(2)+'-'+m.group(3))
    return None
def number(stem):
    if re.match(r'^\d{4}-\d{1,2}-\d{1,2}',stem) or re.match(r'^(19|20)\d{2}-(0[1-9]|1[0-2])(?:$|[-_])',stem) or re.match(r'^(19|20)\d{6}(?:$|[-_ .])',stem): return None
    m=re.match(r'^(?:a?dr)?[-_ ]?(\d{1,9})(?=$|[-_ .])',stem,re.I)
    return str(int(m.group(1))) if m else None
def settle(texts):
    """The day-month order a log's own unambiguous dd/mm/yyyy or mm/dd/yyyy dates use, by majority; else None."""
    day=month=0
    for t in texts:
        m=re.match(r'^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})',t.strip())
        if m:
            a,b=int(m.group(1)),int(m.group(2))
            if a>12 and b<=12: day+=1
            elif b>12 and a<=12: month+=1
    return 'day' if day>month else 'month' if month>day else None
per=collections.OrderedDict(); misses=[]; read=[]; texts=collections.defaultdict(list)
for r in rows:
    _,log,file,num,title,cat,dt,sup=r[:8]
    repo=log.split('/')[0]
    path=os.path.join(CORPUS,repo,file)
    text=open(path,encoding='utf-8-sig',errors='replace').read().replace('\r\n','\n')
    fm,body,_=fm_and_body(text)
    stem=os.path.basename(file)[:-3] if not os.path.basename(file).lower() in ('readme.md','index.md') else os.path.basename(os.path.dirname(file))
    exp={}
    exp['number']=number(stem) or (None)
    t=h1(body)
    exp['title']=plain_title(t, exp['number']) if t else (plain_title(fm['title'], exp['number']) if fm.get('title') else None)
    exp['status']=status(fm,body)
    exp['date']=date(fm,body,stem)
    if exp['date'] and exp['date'].startswith('AMBIG:'): texts[log].append(exp['date'][6:])
    for v in re.findall(r'(?m)^\s*(?:[-*+]\s+)?(?:\*\*)?(?:[A-Za-z][\w ]*)?(?:\*\*)?:?\s*(?:\*\*)?\s*(\d{1,2}/\d{1,2}/\d{2,4})',text): texts[log].append(v)
    read.append((r,exp))
for r,exp in read:
    _,log,file,num,title,cat,dt,sup=r[:8]
    if exp['date'] and exp['date'].startswith('AMBIG:'):
        a,b,y=map(int,exp['date'][6:].split('/')); y=y+2000 if y<100 else y
        o=settle(texts[log])
        try: exp['date']=None if o is None else datetime.date(y,b,a).isoformat() if o=='day' else datetime.date(y,a,b).isoformat()
        except ValueError: exp['date']=None
    got={'number':None if num=='null' else num,'title':None if title=='null' else title,'status':cat,'date':None if dt=='null' else dt}
    if exp['number'] is None and got['number'] is not None: exp['number']=got['number']  # title number used when the file has none
    p=per.setdefault(log,[0,0,[]]); p[0]+=1
    for k in ('number','title','status','date'):
        p[1]+=1
        e,g=exp[k],got[k]
        if k=='title' and e and g and e.replace('`','')==g.replace('`',''): continue
        if e!=g: misses.append((log,file,k,e,g))
    # superseded-by: status superseded should have a successor, and a successor only with superseded status (judged by hand)
    p[1]+=1
    if (cat=='superseded') != (sup!=''):
        misses.append((log,file,'supersededBy','status=%s'%cat,sup or '-'))
FIELDS=('number','title','status','date','supersededBy')
print('%-72s %4s %5s %5s %6s %6s %5s %5s %7s'%('log','ADRs','fields','misses','number','title','status','date','supBy'))
for log,(n,f,_) in per.items():
    m=[x for x in misses if x[0]==log]
    per_field=[sum(1 for x in m if x[2]==k) for k in FIELDS]
    print('%-72s %4d %5d %5d %6d %6d %5d %5d %7d'%((log,n,f,len(m))+tuple(per_field)))
nf=sum(v[1] for v in per.values())
print('TOTAL', sum(v[0] for v in per.values()), nf, len(misses), ' '.join('%s=%d'%(k,sum(1 for x in misses if x[2]==k)) for k in FIELDS),
      'accuracy=%.2f%%'%(100.0*(nf-len(misses))/nf if nf else 0))
with open(os.environ.get('MISSES', 'target/field-misses.tsv'), 'w') as o:
    for x in misses: o.write('\t'.join(map(str,x))+'\n')
