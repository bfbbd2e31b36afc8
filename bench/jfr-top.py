#!/usr/bin/env python3
# Where a JFR recording spent its CPU: execution samples by top frame, by first org.barta frame and by thread.
#   bench/jfr-top.py target/bench-send/send.jfr
import json, subprocess, sys, collections
f = sys.argv[1]
out = subprocess.run(['jfr', 'print', '--json', '--events', 'jdk.ExecutionSample', '--stack-depth', '40', f],
                     capture_output=True, text=True).stdout
data = json.loads(out)
events = data['recording']['events']
top = collections.Counter(); barta = collections.Counter(); threads = collections.Counter()
for e in events:
    frames = e['values']['stackTrace']['frames'] if e['values'].get('stackTrace') else []
    if not frames: continue
    m = frames[0]['method']; top[m['type']['name'] + '.' + m['name']] += 1
    threads[(e['values'].get('sampledThread') or {}).get('javaName', '?')[:30]] += 1
    for fr in frames:
        t = fr['method']['type']['name']
        if t.startswith('org.barta') or t.startswith('org/barta'):
            barta[t + '.' + fr['method']['name']] += 1
            break
n = len(events)
print('samples', n)
print('-- top frames'); [print(f'{c*100/n:5.1f}% {k}') for k, c in top.most_common(25)]
print('-- first barta frame'); [print(f'{c*100/n:5.1f}% {k}') for k, c in barta.most_common(25)]
print('-- threads'); [print(f'{c*100/n:5.1f}% {k}') for k, c in threads.most_common(10)]
