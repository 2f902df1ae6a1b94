"""Every mention and every dropped sentence of Timeline17 topics, for counting and reading the prose step's drops.

usage: PYTHONPATH=. python bench/prose_drops.py H1N1,LibyaWar,Finan,bpoil,haiti 100000 out.json
(topics, at most that many documents in a seeded random order, output file)
"""
import sys, random, glob, json, pickle
from pathlib import Path
from timeline_api import documents
from timeline_api.cli import _limits
from timeline_api.pipeline.run import extract
topics = sys.argv[1].split(",")
n = int(sys.argv[2])
random.seed(7)
files = []
for t in topics:
    for d in glob.glob(f"/work/shared/corpora/timeline17/{t}_*"):
        files += sorted(glob.glob(d + "/*.txt"))
random.shuffle(files)
out = []
for f in files[:n]:
    try:
        doc = documents.read_path(Path(f), None, _limits())[0]
    except Exception as e:
        continue
    x = extract(doc)
    for m in x.mentions:
        out.append(dict(f=f, kept=1, type=m.type, trig=m.trigger, ts=m.trigger_start-m.start, q=m.quote, qual=m.date.qualifier, prec=m.date.precision, dt=m.date.text, status=m.status))
    for d in x.dropped:
        out.append(dict(f=f, kept=0, reason=d.reason, q=d.sentence.text, trig=d.mention.trigger if d.mention else None))
json.dump(out, open(sys.argv[3], "w"))
print(len(out))
