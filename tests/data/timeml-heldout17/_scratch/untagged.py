import re, glob, os
import xml.etree.ElementTree as ET
LEX = r"""\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|nights|overnight|midnight|noon|dawn|dusk|nightfall|daylight|day|days|week|weeks|weekend|fortnight|month|months|year|years|decade|decades|century|centuries|millennium|hour|hours|minute|minutes|second|seconds|season|seasons|spring|springs|summer|autumn|fall|winter|quarter|daily|weekly|monthly|annually|annual|yearly|fortnightly|now|currently|recently|then|soon|later|earlier|former|formerly|past|future|present|previous|following|next|last|ago|since|until|early|late|once|twice|times|every|each|anniversary|centennial|christmas|easter|holiday|holidays|eve|era|age|aged|old|time|times|sabbath|ramadan|carnival|festival|\d{1,4})\b"""
for f in sorted(glob.glob('../HJ-*.tml')):
    root = ET.parse(f).getroot(); text = root.find('TEXT')
    chunks = [text.text or ''] + [c.tail or '' for c in text]
    hits = []
    for ch in chunks:
        for m in re.finditer(LEX, ch, flags=re.I):
            s = ch[max(0,m.start()-25):m.end()+25].replace('\n',' ')
            hits.append(f'{m.group(0)!r}: ...{s}...')
    print('=====', os.path.basename(f), len(hits))
    for h in hits: print('  ', h)
