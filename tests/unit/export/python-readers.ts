/**
 * Reads each export as its consumer would, in Python, and checks every span
 * against the canonical export: text[start:end] is the span's text, and the
 * spans are exactly the canonical ones less those the export said it dropped.
 * spaCy and Prodigy are not installed here, so their loaders' steps are
 * written out (spaCy's get_words_and_spaces and strict char_span alignment).
 * Prints the number of spans checked.
 */
export const PY_READ_BACK = String.raw`
import json, os, sys

fmt, out, canon_path, dropped_path = sys.argv[1:5]
canon = [json.loads(l) for l in open(canon_path, encoding='utf-8')]
dropped = {(d['docId'], d['start'], d['end'], d['label']) for d in json.load(open(dropped_path, encoding='utf-8'))}

def expected(doc):
    return sorted((s['start'], s['end'], s['label'], s['text']) for s in doc['spans']
                  if (doc['id'], s['start'], s['end'], s['label']) not in dropped)

def check(text, doc, spans):
    assert text == doc['text'], (doc['id'], 'text differs')
    got = sorted((s, e, label, text[s:e]) for s, e, label in spans)
    assert got == expected(doc), (doc['id'], got, expected(doc))
    return len(got)

def lines(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]

def get_words_and_spaces(words, text):
    # spaCy's own algorithm (spacy.util), which Doc.from_json runs on the tokens' texts.
    if ''.join(''.join(words).split()) != ''.join(text.split()):
        raise ValueError('words do not match the text')
    text_words, text_spaces, text_pos = [], [], 0
    for word in [w for w in words if not w.isspace()]:
        word_start = text[text_pos:].index(word)
        if word_start > 0:
            text_words.append(text[text_pos:text_pos + word_start]); text_spaces.append(False); text_pos += word_start
        text_words.append(word); text_spaces.append(False); text_pos += len(word)
        if text_pos < len(text) and text[text_pos] == ' ':
            text_spaces[-1] = True; text_pos += 1
    if text_pos < len(text):
        text_words.append(text[text_pos:]); text_spaces.append(False)
    return text_words, text_spaces

def decode_iob(tags, offsets, label):
    spans, open_ = [], None
    for tag, (s, e) in zip(tags, offsets):
        if tag == 'O':
            open_ = None
        elif tag == 'B-' + label:
            open_ = [s, e]; spans.append(open_)
        elif tag == 'I-' + label:
            assert open_ is not None, 'I- tag without B- (not IOB2)'
            open_[1] = e
        else:
            raise AssertionError('tag %r in the %s column' % (tag, label))
    return [(s, e, label) for s, e in spans]

def align(tokens, text):
    # As a consumer of a text-less format does: find each token after the previous one.
    offsets, pos = [], 0
    for tok in tokens:
        i = text.index(tok, pos)
        assert text[pos:i].strip() == '', ('skipped text', text[pos:i])
        offsets.append((i, i + len(tok))); pos = i + len(tok)
    assert text[pos:].strip() == ''
    return offsets

n = 0
if fmt == 'jsonl':
    for d, doc in zip(lines(out), canon):
        for s, e in d['tokens']:
            assert d['text'][s:e].strip() == d['text'][s:e] != ''
        n += check(d['text'], doc, [(s['start'], s['end'], s['label']) for s in d['spans']])
elif fmt == 'spacy':
    for d, doc in zip(lines(out), canon):
        text, toks = d['text'], d['tokens']
        assert [t['id'] for t in toks] == list(range(len(toks)))
        words = [text[t['start']:t['end']] for t in toks]
        rebuilt, spaces = get_words_and_spaces(words, text)
        assert rebuilt == words, 'Doc.from_json would fail: tokens do not rebuild the text'
        assert ''.join(w + (' ' if sp else '') for w, sp in zip(words, spaces)) == text
        starts = {t['start']: i for i, t in enumerate(toks)}
        ends = {t['end']: i for i, t in enumerate(toks)}
        def char_span(s, e):
            assert s in starts and e in ends and starts[s] <= ends[e], ('not aligned to tokens', s, e)
            return set(range(starts[s], ends[e] + 1))
        for sp in d['spans']['sc']:
            char_span(sp['start'], sp['end']); assert sp['kb_id'] == ''
        taken = set()
        for ent in d['ents']:
            ids = char_span(ent['start'], ent['end']); assert not (ids & taken), 'entities overlap'; taken |= ids
        n += check(text, doc, [(s['start'], s['end'], s['label']) for s in d['spans']['sc']])
elif fmt == 'prodigy':
    for d, doc in zip(lines(out), canon):
        text, toks = d['text'], d['tokens']
        for i, t in enumerate(toks):
            assert t['id'] == i and text[t['start']:t['end']] == t['text']
        assert ''.join(t['text'] + (' ' if t['ws'] else '') for t in toks) == text
        for s in d['spans']:
            assert toks[s['token_start']]['start'] == s['start'] and toks[s['token_end']]['end'] == s['end']
        assert d['answer'] in ('accept', 'reject', 'ignore') and d['meta']['id'] == doc['id']
        for h in ('_input_hash', '_task_hash'):
            assert isinstance(d[h], int) and -2**31 <= d[h] < 2**31
        n += check(text, doc, [(s['start'], s['end'], s['label']) for s in d['spans']])
elif fmt == 'doccano':
    for d, doc in zip(lines(out), canon):
        n += check(d['text'], doc, [tuple(x) for x in d['label']])
elif fmt == 'label-studio':
    tasks = json.load(open(out, encoding='utf-8'))
    assert len(tasks) == len(canon)
    for task, doc in zip(tasks, canon):
        text, spans = task['data']['text'], []
        for r in task['annotations'][0]['result']:
            assert (r['type'], r['from_name'], r['to_name']) == ('labels', 'label', 'text')
            v = r['value']
            assert text[v['start']:v['end']] == v['text']
            spans += [(v['start'], v['end'], label) for label in v['labels']]
        n += check(text, doc, spans)
elif fmt == 'brat':
    assert os.path.exists(os.path.join(out, 'annotation.conf'))
    for doc in canon:
        text = open(os.path.join(out, doc['id'] + '.txt'), encoding='utf-8', newline='').read()
        spans, ids = [], set()
        for line in open(os.path.join(out, doc['id'] + '.ann'), encoding='utf-8', newline=''):
            line = line.rstrip('\n')
            if line.startswith('T'):
                tid, middle, shown = line.split('\t', 2)
                label, where = middle.split(' ', 1)
                frags = [tuple(map(int, f.split(' '))) for f in where.split(';')]
                assert ' '.join(text[s:e] for s, e in frags) == shown, (line, frags)
                spans.append((frags[0][0], frags[-1][1], label)); ids.add(tid)
            elif line.startswith('A'):
                aid, rest = line.split('\t')
                assert rest.split(' ')[1] in ids
            elif line.startswith('#'):
                nid, rest, note = line.split('\t')
                assert rest.split(' ')[0] == 'AnnotatorNotes' and rest.split(' ')[1] in ids
            else:
                raise AssertionError('unexpected line %r' % line)
        n += check(text, doc, spans)
elif fmt == 'conll':
    docs, cur = [], None
    for raw in open(out, encoding='utf-8'):
        line = raw.rstrip('\n')
        if line.startswith('-DOCSTART-'):
            cur = []; docs.append(cur)
        elif line:
            cur.append(line.split('\t'))
    assert len(docs) == len(canon)
    for rows, doc in zip(docs, canon):
        labels = ['commitment', 'agreement', 'figure']
        assert all(len(r) == 1 + len(labels) for r in rows)
        offsets = align([r[0] for r in rows], doc['text'])
        spans = [sp for c, label in enumerate(labels) for sp in decode_iob([r[c + 1] for r in rows], offsets, label)]
        n += check(doc['text'], doc, spans)
elif fmt == 'hf':
    for d, doc in zip(lines(out), canon):
        assert d['id'] == doc['id']
        offsets = align(d['tokens'], d['text'])
        spans = []
        for key in ('commitment_tags', 'agreement_tags', 'figure_tags'):
            assert len(d[key]) == len(d['tokens'])
            spans += decode_iob(d[key], offsets, key[:-len('_tags')])
        for s in d['spans']:
            assert d['text'][s['start']:s['end']] == s['text'] and isinstance(json.loads(s['attributes']), dict)
        n += check(d['text'], doc, spans)
else:
    raise SystemExit('unknown format ' + fmt)
print(n)
`
