#!/usr/bin/env python3
# Field-accuracy check: compares what the parser read (scripts/corpus-report.sh --fields) with an independent,
# deliberately simple reading of each corpus file (first H1, Status section or line, Date line, file-name number).
# Every disagreement is printed to the misses file for reading by hand; agreement is not proof, disagreement is a lead.
# Usage: scripts/corpus-report.sh ../shared/corpus --fields > /tmp/fields.txt && scripts/field-accuracy.py /tmp/fields.txt
import re, sys, os, collections, datetime
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
                for l in lines[1:i]:
                    m=re.match(r'^([\w-]+)\s*:\s*(.*)$',l)
                    if m: fm[m.group(1).lower()]=m.group(2).strip().strip('"\'')
                start=i+1;break
    return fm, lines[start:], start
def h1(body):
    fence=False
    for l in body:
        if l.strip().startswith('```') or l.strip().startswith('~~~'): fence=not fence; continue
        if fence: continue
        if re.match(r'^#\s+\S',l): return l[1:].strip()
    return None
def plain_title(t):
    t=re.sub(r'<!--.*?-->','',t); t=re.sub(r'\s*\{#[^}]*\}\s*$','',t)
    t=re.sub(r'\[([^\]]*)\]\([^)]*\)',r'\1',t); t=re.sub(r'\*\*(.+?)\*\*',r'\1',t)
    t=re.sub(r'\\(.)',r'\1',t)
    t=re.sub(r'^\[\s*(superseded|superceded|deprecated|rejected|obsolete)\b.*?\]\s*','',t,flags=re.I)
    m=re.match(r'^(?:a?dr)[-_ ]?(\d+)(?:\s*[:.)\-\u2013\u2014|]\s*|\s+)(.*)$',t,re.I) or re.match(r'^(\d+)(?:\s*[.):]|\s+[-\u2013\u2014])\s+(.*)$',t)
    if m: t=m.group(2)
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
                elif re.search(r'super[sc]eded',t,re.I) and status_cat(first) in ('accepted','proposed'): return 'superseded'
            if hist: return status_cat(hist[-1])
            if first: return status_cat(first)
        m=re.match(r'^#{1,4}\s*status\s*:\s*(\S.*)$',l,re.I)
        if m: return status_cat(m.group(1))
    return 'other'
def parse_date(t):
    t=t.strip().strip('*_').strip()
    m=re.match(r'^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)',t)
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
            return 'AMBIG'
        m=re.match(r'^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})',t)
        if m: return datetime.date(int(m.group(3)),MONTHS.index(m.group(2)[:3].lower())+1,int(m.group(1))).isoformat()
        m=re.match(r'^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})',t)
        if m: return datetime.date(int(m.group(3)),MONTHS.index(m.group(1)[:3].lower())+1,int(m.group(2))).isoformat()
    except (ValueError,): return None
    return None
def date(fm, body, stem):
    if fm.get('date'): return parse_date(fm['date'])
    for i,l in enumerate(body[:40]):
        m=re.match(r'^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:Date|日期)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(\S.*)$',l,re.I)
        if m:
            v=re.sub(r'<!--.*?-->','',m.group(1)).strip()
            if v: return parse_date(v)
    for key in ('last modified','created','introduced'):
        for l in body[:40]:
            m=re.match(r'^\s*(?:[-*+]\s+)?(?:\*\*)?'+key+r'(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\S.*)$',l,re.I)
            if m: return parse_date(m.group(1))
    m=re.match(r'^(\d{4})-?(\d{2})-?(\d{2})(?:$|[-_ .])',stem)
    if m: return parse_date(m.group(1)+'-'+m.group(2)+'-'+m.group(3))
    return None
def number(stem):
    if re.match(r'^\d{4}-\d{1,2}-\d{1,2}',stem) or re.match(r'^(19|20)\d{2}-(0[1-9]|1[0-2])(?:$|[-_])',stem) or re.match(r'^(19|20)\d{6}(?:$|[-_ .])',stem): return None
    m=re.match(r'^(?:a?dr)?[-_ ]?(\d{1,9})(?=$|[-_ .])',stem,re.I)
    return str(int(m.group(1))) if m else None
per=collections.OrderedDict(); misses=[]
for r in rows:
    _,log,file,num,title,cat,dt,sup=r
    repo=log.split('/')[0]
    path=os.path.join(CORPUS,repo,file)
    if not os.path.exists(path):
        # file is relative to repo dir
        path=os.path.join(CORPUS,repo,file)
    text=open(path,encoding='utf-8-sig',errors='replace').read().replace('\r\n','\n')
    fm,body,_=fm_and_body(text)
    stem=os.path.basename(file)[:-3] if not os.path.basename(file).lower() in ('readme.md','index.md') else os.path.basename(os.path.dirname(file))
    exp={}
    exp['number']=number(stem) or (None)
    t=h1(body); 
    exp['title']=plain_title(t) if t else (fm.get('title'))
    exp['status']=status(fm,body)
    exp['date']=date(fm,body,stem)
    got={'number':None if num=='null' else num,'title':None if title=='null' else title,'status':cat,'date':None if dt=='null' else dt}
    if exp['number'] is None and got['number'] is not None: exp['number']=got['number']  # title number used when the file has none
    p=per.setdefault(log,[0,0,[]]); p[0]+=1
    for k in ('number','title','status','date'):
        p[1]+=1
        e,g=exp[k],got[k]
        if k=='title' and e and g and e.replace('`','')==g.replace('`',''): continue
        if k=='date' and e=='AMBIG' and g is None: continue
        if e!=g: misses.append((log,file,k,e,g))
    # superseded-by: status superseded should have a successor, and a successor only with superseded status (judged by hand)
    p[1]+=1
    if (cat=='superseded') != (sup!=''):
        misses.append((log,file,'supersededBy','status=%s'%cat,sup or '-'))
for log,(n,f,_) in per.items():
    m=sum(1 for x in misses if x[0]==log)
    print('%-80s %4d %5d %4d'%(log,n,f,m))
print('TOTAL', sum(v[0] for v in per.values()), sum(v[1] for v in per.values()), len(misses))
with open(os.environ.get('MISSES', 'target/field-misses.tsv'), 'w') as o:
    for x in misses: o.write('\t'.join(map(str,x))+'\n')
