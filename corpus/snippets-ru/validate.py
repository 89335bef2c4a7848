"""Tiny check: valid JSON, one gold line per doc, evidence verbatim, fields sane."""
import json, re, sys, collections
TYPES = {'protest','riot','arson','sabotage','armed_attack','explosion','arrest','statement','organization','policy','desertion','other'}
FIELDS = ['type','date','date_end','country','admin1','place','lat','lon','geo_precision','actors','targets','quantity','quantity_unit','fatalities','aggregate','evidence']
bad = 0; cnt = collections.Counter(); nneg = 0
for half in ('dev', 'unseen'):
    docs = [json.loads(l) for l in open(f'{half}.docs.jsonl', encoding='utf-8')]
    gold = [json.loads(l) for l in open(f'{half}.gold.jsonl', encoding='utf-8')]
    ids = [d['id'] for d in docs]
    assert len(set(ids)) == len(ids)
    gids = collections.Counter(g['doc'] for g in gold)
    for i in ids:
        if gids[i] != 1: print('gold lines', i, gids[i]); bad += 1
    assert set(gids) == set(ids)
    dm = {d['id']: d for d in docs}
    for g in gold:
        d = dm[g['doc']]
        full = d['text'] + '\n' + d.get('title', '')
        if not [e for e in g['events'] if not e.get('optional')]: nneg += 1
        for e in g['events']:
            cnt[e['type'] + ('?' if e.get('optional') else '')] += 1
            for f in FIELDS:
                if f not in e: print('missing', f, g['doc']); bad += 1
            if e['type'] not in TYPES: print('type', g['doc']); bad += 1
            if e['evidence'] not in full: print('evidence', g['doc'], e['evidence'][:60]); bad += 1
            for f in ('date', 'date_end'):
                if e[f] and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', e[f]): print('date', g['doc']); bad += 1
            if e['date'] and d.get('published') and e['date'][:len(e['date'])] > d['published']: print('future date', g['doc']); bad += 1
            if (e['quantity'] is None) != (e['quantity_unit'] is None): print('qty unit', g['doc']); bad += 1
            if e['geo_precision'] == 3 and e['lat'] is not None: print('country coords', g['doc']); bad += 1
print(dict(sorted(cnt.items())), 'docs with no required events:', nneg)
sys.exit(1 if bad else 0)
